package io.partybranch.reporting.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A narrative is Markdown read as text: no markup, script or unsafe link survives into any format. */
class NarrativesTest {

    private static final String HOSTILE = """
            本学期**重点**工作。<img src=x onerror=alert(1)>

            <div onclick="steal()">块</div>

            [点我](javascript:alert(1)) [官网](https://example.org) ![图](https://example.org/a.png)

            # 大标题
            """;

    @Test
    void htmlKeepsEmphasisAndMakesEverythingElseText() {
        String html = Narratives.html(HOSTILE);
        assertTrue(html.contains("<strong>重点</strong>"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<div"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
        assertTrue(html.contains("href=\"https://example.org\">官网</a>"), html);
        assertTrue(html.contains("<h3>大标题</h3>"), "headings sit below the section's own: " + html);
    }

    @Test
    void markdownOutputCarriesNoRawHtml() {
        String markdown = Narratives.markdown(HOSTILE);
        assertFalse(Pattern.compile("(?<!\\\\)<").matcher(markdown).find(), "every < is escaped: " + markdown);
        assertTrue(markdown.contains("\\<img src=x onerror=alert(1)\\>"), markdown);
        assertFalse(markdown.contains("javascript:"), markdown);
        assertTrue(markdown.contains("**重点**"), markdown);
        assertTrue(markdown.contains("### 大标题"), markdown);
        String again = Narratives.html(markdown);
        assertFalse(again.contains("<img") || again.contains("<div"), "the Markdown written stays harmless when rendered: " + again);
    }

    @Test
    void deepNestingIsRefusedBeforeAnyRendererRecurses() {
        assertNull(Narratives.problemWith("- 一\n  - 二\n    - 三"));
        assertNotNull(Narratives.problemWith(">".repeat(5_000) + " 深"));
        assertEquals(null, Narratives.problemWith(""));
    }
}
