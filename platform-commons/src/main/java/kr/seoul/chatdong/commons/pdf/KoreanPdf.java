package kr.seoul.chatdong.commons.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The one way the platform makes a PDF (certificates, casebooks): XHTML with CSS rendered by
 * openhtmltopdf (on Apache PDFBox), with Korean text set in NanumBarunGothic — bundled in this module
 * ({@code fonts/NanumBarunGothic.ttf}, SIL Open Font License 1.1, from Debian's fonts-nanum; licence in
 * {@code fonts/Nanum-COPYRIGHT.txt}), because these machines and containers have no Korean font.
 * The font is embedded as a subset, so a PDF carries only the glyphs it uses. (NanumGothic maps its
 * space glyph to U+0000 as well, so a PDF's text would read back with NULs for spaces: not that one.)
 * <p>
 * Documents name the family {@value #FONT_FAMILY} in their CSS, e.g.
 * {@code body { font-family: 'NanumBarunGothic'; }}; the renderer's bookmarks
 * ({@code <bookmarks>} in the head) give a PDF its table of contents.
 */
public final class KoreanPdf {

    public static final String FONT_FAMILY = "NanumBarunGothic";
    private static final String FONT = "/fonts/NanumBarunGothic.ttf";

    private KoreanPdf() {}

    /** The PDF of {@code xhtml} (well-formed XHTML; escape text with {@link #escape}). */
    public static byte[] fromXhtml(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(
                    () -> {
                        InputStream font = KoreanPdf.class.getResourceAsStream(FONT);
                        if (font == null) {
                            throw new IllegalStateException(
                                    "The bundled Korean font " + FONT + " is missing from the classpath");
                        }
                        return font;
                    },
                    FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF", e);
        }
        return out.toByteArray();
    }

    /** Text made safe to put inside XHTML elements and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
