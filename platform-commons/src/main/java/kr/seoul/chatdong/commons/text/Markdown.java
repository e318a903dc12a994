package kr.seoul.chatdong.commons.text;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The one way the platform turns Markdown written by people (meeting minutes, case bodies) into HTML
 * that a browser may show: CommonMark renders it, jsoup's Safelist cleaner keeps only formatting,
 * links with http(s)/ftp/mailto addresses and images with http(s) sources ({@link Safelist#relaxed()}). No {@code <script>}, event
 * handler attribute, {@code style} or {@code javascript:} URL survives (relative links are dropped too), whether written as raw HTML
 * or as a Markdown link. Both libraries are maintained; no hand-written filter.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
    private static final Safelist SAFE = Safelist.relaxed()
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .preserveRelativeLinks(false);
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private Markdown() {}

    /** Sanitised HTML of {@code markdown}; empty for null. */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(html, "", SAFE, OUTPUT);
    }
}
