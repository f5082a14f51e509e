package cn.gongkai.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one Freemarker configuration of a build: {@code .ftlh} templates auto-escape HTML, errors are
 * rethrown (a broken template fails the build instead of printing half a page), templates come from the
 * site's theme and fall back to the built-in default theme. Thread-safe once built.
 */
public final class Templates {
    private final Configuration config;
    private final Theme theme;
    /**
     * One page buffer per rendering thread, emptied and reused for each page: allocating, widening to UTF-16 and
     * zeroing a fresh ~64 KB buffer per page cost about as much as running the layout template.
     */
    private final ThreadLocal<StringBuilder> buffers = ThreadLocal.withInitial(() -> new StringBuilder(32 * 1024));
    /** The same for the pages written in Java ({@link BuiltInPages}), which keep the page's UTF-8 bytes too. */
    private final ThreadLocal<PageBuffer> pageBuffers = ThreadLocal.withInitial(() -> PageBuffer.page(32 * 1024));
    /** The pages whose templates are the built-in ones, written without running them. */
    private final BuiltInPages builtIn;
    /** The theme's stylesheet ({@code assets/style.css}), inlined by the pages; empty when it has none. */
    private final String stylesheet;
    /** The theme's static files, read once (see {@link Theme#staticFiles()}). */
    private final java.util.SortedMap<String, byte[]> staticFiles;
    /** Whether the theme (or the built-in theme) has a search page template. */
    private final boolean searchPage;

    public Templates(Theme theme) {
        this(theme, true);
    }

    /**
     * With {@code builtInPages} false every page runs its template, even where {@link BuiltInPages} writes the
     * same bytes (for the test that they agree).
     */
    Templates(Theme theme, boolean builtInPages) {
        this.theme = theme;
        Configuration c = new Configuration(Configuration.VERSION_2_3_33);
        List<TemplateLoader> loaders = new ArrayList<>();
        Path own = theme.templates();
        if (own != null) {
            try {
                loaders.add(new FileTemplateLoader(own.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read theme templates in " + own + ": " + e.getMessage(), e);
            }
        }
        loaders.add(new ClassTemplateLoader(Templates.class.getClassLoader(), Theme.BUILT_IN + "/templates"));
        c.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        c.setRecognizeStandardFileExtensions(true);
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setLocale(Locale.SIMPLIFIED_CHINESE);
        c.setLocalizedLookup(false);
        // A build (and each rebuild of serve) has its own configuration: templates never change during one.
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        c.setNumberFormat("computer");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33).build());
        this.config = c;
        this.builtIn = builtInPages ? BuiltInPages.of(this) : BuiltInPages.none();
        // read here, once, for every renderer made with these templates (a build makes two): the theme's static
        // files come out of the program's jar through a zip file system
        this.staticFiles = java.util.Collections.unmodifiableSortedMap(theme.staticFiles());
        byte[] css = staticFiles.get("assets/style.css");
        this.stylesheet = css == null ? "" : new String(css, java.nio.charset.StandardCharsets.UTF_8);
        this.searchPage = has("search.ftlh");
    }

    /** Renders {@code name} (e.g. {@code report.ftlh}) with the data model; the template sees its keys. */
    public String render(String name, Map<String, Object> model) {
        if (builtIn.writes(name, model)) {
            PageBuffer pb = pageBuffers.get().reset(true);
            builtIn.write(pb, name, model);
            return pb.text();
        }
        return process(name, model);
    }

    /**
     * Renders {@code name} as {@link #render} does, to the page's UTF-8 bytes, and, when {@code withText}, to what
     * the search index reads of it: for a page written in Java its search title and text, read while it is written
     * (or its text, when the reader leaves the page to {@code HtmlText}); for a template's page its text.
     */
    public RenderedPage renderPage(String name, Map<String, Object> model, boolean withText) {
        if (builtIn.writes(name, model)) {
            if (withText) {
                PageBuffer pb = pageBuffers.get().resetSearched();
                builtIn.write(pb, name, model);
                return pb.searchedPage();
            }
            PageBuffer pb = pageBuffers.get().reset(false);
            builtIn.write(pb, name, model);
            return new RenderedPage(null, pb.bytes());
        }
        return RenderedPage.of(process(name, model));
    }

    /** Runs the template through Freemarker. */
    private String process(String name, Map<String, Object> model) {
        try {
            Template t = config.getTemplate(name);
            PageWriter out = new PageWriter(buffers.get());
            t.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new RenderException("template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new RenderException("cannot read template " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Collects a page in the calling thread's buffer (a {@code StringWriter} locks on every write and starts
     * small). Used by one thread at a time.
     */
    private static final class PageWriter extends Writer {
        private final StringBuilder sb;

        PageWriter(StringBuilder buffer) {
            buffer.setLength(0);
            this.sb = buffer;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            sb.append(buf, off, len);
        }

        @Override
        public void write(String str) {
            sb.append(str);
        }

        @Override
        public void write(String str, int off, int len) {
            // StringBuilder.append(CharSequence, int, int) copies char by char; a substring is copied whole.
            if (off == 0 && len == str.length()) {
                sb.append(str);
            } else if (len > 16) {
                sb.append(str.substring(off, off + len));
            } else {
                sb.append(str, off, off + len);
            }
        }

        @Override
        public void write(int c) {
            sb.append((char) c);
        }

        @Override
        public Writer append(CharSequence csq) {
            sb.append(csq);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    /** The text of template {@code name} as this configuration reads it (site theme, else built-in), or null. */
    String sourceText(String name) {
        TemplateLoader loader = config.getTemplateLoader();
        try {
            Object source = loader.findTemplateSource(name);
            if (source == null) {
                return null;
            }
            try (java.io.Reader r = loader.getReader(source, "UTF-8")) {
                StringBuilder sb = new StringBuilder();
                char[] buf = new char[8192];
                for (int n; (n = r.read(buf)) > 0; ) {
                    sb.append(buf, 0, n);
                }
                return sb.toString();
            } finally {
                loader.closeTemplateSource(source);
            }
        } catch (IOException e) {
            return null;
        }
    }

    /** The pages written by {@link BuiltInPages} for this theme (for tests). */
    java.util.Set<String> builtInPages() {
        return builtIn.enabled();
    }

    public Theme theme() {
        return theme;
    }

    /**
     * The theme's static files as site path → bytes, read when these templates were made (the site build writes
     * them without reading the program's jar again). The arrays are shared: do not change them.
     */
    public java.util.SortedMap<String, byte[]> staticFiles() {
        return staticFiles;
    }

    /** The theme's stylesheet ({@code assets/style.css}) as text, or empty when the theme has none. */
    String stylesheet() {
        return stylesheet;
    }

    /** True when the theme (or the built-in theme) has the search page's template ({@code search.ftlh}). */
    boolean hasSearchPage() {
        return searchPage;
    }

    /** True when the theme (or the built-in theme) has this template. */
    public boolean has(String name) {
        try {
            config.getTemplate(name);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
