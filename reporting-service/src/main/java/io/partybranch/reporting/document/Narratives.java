package io.partybranch.reporting.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * A secretary's own words in a summary section: Markdown, which is read as text. Raw HTML becomes
 * literal text, images become their description, links keep only http(s) and mailto targets, and
 * headings sit below the section's own heading; what remains is written as Markdown, HTML or Word.
 */
public final class Narratives {

    /** Deeper nesting than any summary needs; it bounds the renderers' recursion. */
    public static final int MAX_DEPTH = 12;

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().build();

    private Narratives() {
    }

    /** @return null when the narrative is acceptable, else why not (for a 400 naming the field) */
    public static String problemWith(String markdown) {
        Node root = PARSER.parse(markdown);
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                return "nests lists, quotes or emphasis more than " + MAX_DEPTH + " deep";
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return null;
    }

    public static String markdown(String narrative) {
        return MARKDOWN.render(sanitised(narrative)).strip();
    }

    public static String html(String narrative) {
        return HTML.render(sanitised(narrative));
    }

    /** Appends the narrative's paragraphs to a Word document, in the body's size. */
    public static void docx(XWPFDocument word, String narrative, String font) {
        for (Node block = sanitised(narrative).getFirstChild(); block != null; block = block.getNext()) {
            blockToWord(word, block, "", font);
        }
    }

    private static void blockToWord(XWPFDocument word, Node block, String prefix, String font) {
        switch (block) {
            case BulletList list -> {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    itemToWord(word, (ListItem) item, prefix + "• ", font);
                }
            }
            case OrderedList list -> {
                int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    itemToWord(word, (ListItem) item, prefix + number++ + ". ", font);
                }
            }
            case BlockQuote quote -> {
                for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                    blockToWord(word, child, prefix + "　", font);
                }
            }
            case FencedCodeBlock code -> paragraph(word, prefix).createRun().setText(code.getLiteral().strip());
            case IndentedCodeBlock code -> paragraph(word, prefix).createRun().setText(code.getLiteral().strip());
            case Heading heading -> inlines(paragraph(word, prefix), heading, true, false, font);
            case Paragraph text -> inlines(paragraph(word, prefix), text, false, false, font);
            default -> {
                // thematic breaks and reference definitions print nothing
            }
        }
    }

    private static void itemToWord(XWPFDocument word, ListItem item, String marker, String font) {
        boolean first = true;
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            blockToWord(word, child, first ? marker : " ".repeat(marker.length()), font);
            first = false;
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument word, String prefix) {
        XWPFParagraph paragraph = word.createParagraph();
        paragraph.setFirstLineIndent(560);
        if (!prefix.isEmpty()) {
            run(paragraph, prefix, false, false, null);
        }
        return paragraph;
    }

    private static void inlines(XWPFParagraph paragraph, Node parent, boolean bold, boolean italic, String font) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text text -> run(paragraph, text.getLiteral(), bold, italic, font);
                case Code code -> run(paragraph, code.getLiteral(), bold, italic, "Courier New");
                case StrongEmphasis strong -> inlines(paragraph, strong, true, italic, font);
                case Emphasis emphasis -> inlines(paragraph, emphasis, bold, true, font);
                case Link link -> {
                    inlines(paragraph, link, bold, italic, font);
                    run(paragraph, "（" + link.getDestination() + "）", bold, italic, font);
                }
                case HardLineBreak ignored -> paragraph.createRun().addBreak();
                case SoftLineBreak ignored -> run(paragraph, " ", bold, italic, font);
                default -> inlines(paragraph, node, bold, italic, font);
            }
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, String font) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontSize(12);
        if (font != null) {
            run.setFontFamily(font);
        }
    }

    /** The parsed narrative with everything that is not text made text or removed. */
    static Node sanitised(String narrative) {
        Node root = PARSER.parse(narrative);
        List<Node> all = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            all.add(node);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                pending.push(child);
            }
        }
        for (Node node : all) {
            switch (node) {
                case HtmlBlock html -> {
                    Paragraph literal = new Paragraph();
                    literal.appendChild(new Text(html.getLiteral().strip()));
                    html.insertBefore(literal);
                    html.unlink();
                }
                case HtmlInline html -> {
                    html.insertBefore(new Text(html.getLiteral()));
                    html.unlink();
                }
                case Image image -> {
                    unwrap(image);
                }
                case Link link when !safe(link.getDestination()) -> unwrap(link);
                case Heading heading -> heading.setLevel(Math.max(3, heading.getLevel()));
                default -> {
                }
            }
        }
        return root;
    }

    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    private static boolean safe(String destination) {
        String target = destination == null ? "" : destination.strip().toLowerCase(Locale.ROOT);
        return target.startsWith("https://") || target.startsWith("http://") || target.startsWith("mailto:");
    }
}
