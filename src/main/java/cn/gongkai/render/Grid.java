package cn.gongkai.render;

import java.util.List;

/**
 * A table as the templates draw it: caption, column classes, header rows, body rows and footer rows, each a list
 * of {@link GridCell}s with their spans. Laid out in Java so merged headers of the official forms are exact; one
 * template macro draws every table.
 *
 * @param id       HTML id (anchor) of the table, or null
 * @param caption  the {@code <caption>}
 * @param cols     one CSS class per column (what each column holds: {@code label}, {@code num}, …)
 * @param legend   true when the table holds report cells and the number / {@code /} / 未知 legend applies
 * @param skeleton the markup of the table's fixed layout when it is one of the official forms (written once,
 *                 see {@link GridSkeleton}), or null
 */
public record Grid(String id, String caption, List<String> cols, List<List<GridCell>> head,
                   List<List<GridCell>> body, List<List<GridCell>> foot, boolean legend, GridSkeleton skeleton) {

    public Grid {
        cols = List.copyOf(cols);
        head = head.stream().map(List::copyOf).toList();
        body = body.stream().map(List::copyOf).toList();
        foot = foot.stream().map(List::copyOf).toList();
    }

    public Grid(String id, String caption, List<String> cols, List<List<GridCell>> head, List<List<GridCell>> body,
                List<List<GridCell>> foot, boolean legend) {
        this(id, caption, cols, head, body, foot, legend, null);
    }

    /** The table as HTML (escaped), for templates: {@code ${g.html()?no_esc}}. */
    public String html() {
        PageBuffer sb = PageBuffer.text(1024);
        appendHtml(sb);
        return sb.text();
    }

    void appendHtml(PageBuffer sb) {
        if (skeleton != null && skeleton.fits(this)) {
            skeleton.render(sb, this);
        } else {
            GridHtml.render(sb, this);
        }
    }
}
