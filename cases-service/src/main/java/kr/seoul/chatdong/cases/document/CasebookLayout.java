package kr.seoul.chatdong.cases.document;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

import kr.seoul.chatdong.cases.domain.BestPracticeCase;
import kr.seoul.chatdong.commons.pdf.KoreanPdf;

/**
 * A casebook's XHTML: a title page, a table of contents (also the PDF's outline, via bookmarks) and
 * the cases ordered by district code, then title. Case bodies are the sanitised bodyHtml, made
 * well-formed XHTML by jsoup, without images (the PDF renderer fetches nothing from the network).
 */
public final class CasebookLayout {

    private CasebookLayout() {}

    /** {@code districtNames}: district code → Korean name. */
    public static String xhtml(int year, int edition, List<BestPracticeCase> cases, Map<String, String> districtNames) {
        Map<String, List<BestPracticeCase>> byDistrict = new TreeMap<>();
        for (BestPracticeCase c : cases) {
            byDistrict
                    .computeIfAbsent(c.districtCode(), k -> new java.util.ArrayList<>())
                    .add(c);
        }
        byDistrict
                .values()
                .forEach(l -> l.sort(
                        java.util.Comparator.comparing(BestPracticeCase::title).thenComparing(c -> c.id().toString())));
        String title = year + "년 찾아가는 동주민센터 우수사례집";
        StringBuilder bookmarks = new StringBuilder();
        StringBuilder toc = new StringBuilder();
        StringBuilder body = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, List<BestPracticeCase>> district : byDistrict.entrySet()) {
            String name = KoreanPdf.escape(districtNames.getOrDefault(district.getKey(), district.getKey()));
            bookmarks
                    .append("<bookmark name=\"")
                    .append(name)
                    .append("\" href=\"#d")
                    .append(district.getKey())
                    .append("\">");
            toc.append("<li><a href=\"#d")
                    .append(district.getKey())
                    .append("\">")
                    .append(name)
                    .append("</a><ol>");
            body.append("<h1 class=\"district\" id=\"d")
                    .append(district.getKey())
                    .append("\">")
                    .append(name)
                    .append("</h1>");
            for (BestPracticeCase c : district.getValue()) {
                n++;
                String caseTitle = KoreanPdf.escape(c.title());
                bookmarks
                        .append("<bookmark name=\"")
                        .append(caseTitle)
                        .append("\" href=\"#c")
                        .append(n)
                        .append("\"/>");
                toc.append("<li><a href=\"#c")
                        .append(n)
                        .append("\">")
                        .append(caseTitle)
                        .append("</a></li>");
                body.append("<div class=\"case\"><h2 id=\"c")
                        .append(n)
                        .append("\">")
                        .append(caseTitle)
                        .append("</h2>");
                if (c.summary() != null) {
                    body.append("<p class=\"summary\">")
                            .append(KoreanPdf.escape(c.summary()))
                            .append("</p>");
                }
                body.append(xhtmlOf(c.bodyHtml())).append("</div>");
            }
            bookmarks.append("</bookmark>");
            toc.append("</ol></li>");
        }
        return "<html><head><title>" + KoreanPdf.escape(title) + "</title>"
                + "<style>body { font-family: '" + KoreanPdf.FONT_FAMILY + "'; font-size: 10.5pt; line-height: 1.6; }"
                + " h1.district { page-break-before: always; border-bottom: 2px solid #1f4e79; color: #1f4e79; }"
                + " .cover { text-align: center; margin-top: 8cm; } .summary { color: #555; } .case { margin-bottom: 1.5em; }"
                + " a { color: inherit; text-decoration: none; }</style>"
                + "<bookmarks><bookmark name=\"차례\" href=\"#toc\"/>" + bookmarks + "</bookmarks></head><body>"
                + "<div class=\"cover\"><h1>" + KoreanPdf.escape(title) + "</h1><p>제" + edition + "판 · 사례 " + n
                + "편</p>"
                + "<p>서울특별시</p></div>"
                + "<h1 class=\"district\" id=\"toc\">차례</h1><ol>" + toc + "</ol>" + body + "</body></html>";
    }

    /** Sanitised HTML as well-formed XHTML, without images. */
    static String xhtmlOf(String html) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
        doc.select("img").remove();
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        return doc.body().html();
    }
}
