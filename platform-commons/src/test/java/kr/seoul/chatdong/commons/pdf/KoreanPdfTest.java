package kr.seoul.chatdong.commons.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Korean text goes into the PDF and comes back out of it as the same characters. */
class KoreanPdfTest {

    @Test
    void koreanTextIsRenderedWithTheBundledFontAndReadsBack() throws Exception {
        byte[] pdf = KoreanPdf.fromXhtml("""
                <html><head><style>body { font-family: 'NanumBarunGothic'; }</style></head>
                <body><h1>수료증</h1><p>찾아가는 동주민센터 읍면동 사례관리 실무과정 1기 — %s</p></body></html>
                """.formatted(KoreanPdf.escape("<홍길동 & 김철수>")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("수료증"), text);
            assertTrue(text.contains("찾아가는 동주민센터 읍면동 사례관리 실무과정 1기"), text);
            assertTrue(text.contains("<홍길동 & 김철수>"), "escaped text reads back as written: " + text);
            assertTrue(
                    document.getPage(0).getResources().getFontNames().iterator().hasNext(), "a font is embedded");
        }
    }

    @Test
    void escapingKeepsMarkupOut() {
        assertEquals(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;",
                KoreanPdf.escape("<script>alert('x')</script> & \""));
    }
}
