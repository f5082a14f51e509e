package cn.gongkai.render;

import java.util.List;

/**
 * A table as the templates draw it: caption, column classes (for {@code <colgroup>}), header rows, body
 * rows and footer rows, each a list of {@link GridCell}s with their spans. Laid out in Java so merged
 * headers of the official forms are exact; one template macro draws every table.
 *
 * @param id      HTML id (anchor) of the table, or null
 * @param caption the {@code <caption>}
 * @param cols    one CSS class per column ({@code <col class=…>})
 * @param legend  true when the table holds report cells and the number / {@code /} / 未知 legend applies
 */
public record Grid(String id, String caption, List<String> cols, List<List<GridCell>> head,
                   List<List<GridCell>> body, List<List<GridCell>> foot, boolean legend) {

    public Grid {
        cols = List.copyOf(cols);
        head = head.stream().map(List::copyOf).toList();
        body = body.stream().map(List::copyOf).toList();
        foot = foot.stream().map(List::copyOf).toList();
    }

    /** The table as HTML (escaped), for templates: {@code ${g.html()?no_esc}}. */
    public String html() {
        return GridHtml.render(this);
    }
}
