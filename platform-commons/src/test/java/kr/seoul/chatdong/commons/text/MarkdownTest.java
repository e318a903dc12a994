package kr.seoul.chatdong.commons.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void koreanMarkdownBecomesHtml() {
        String html = Markdown.toSafeHtml("# 회의록\n\n- **안건 1**: 찾동 2단계 확대\n- [서울시](https://www.seoul.go.kr)");
        assertTrue(html.contains("<h1>회의록</h1>"), html);
        assertTrue(html.contains("<strong>안건 1</strong>: 찾동 2단계 확대"), html);
        assertTrue(html.contains("<a href=\"https://www.seoul.go.kr\" rel=\"nofollow noopener\">서울시</a>"), html);
    }

    @Test
    void scriptsHandlersAndJavascriptUrlsDoNotSurvive() {
        String html = Markdown.toSafeHtml("""
                <script>alert(1)</script>

                <img src="x" onerror="alert(2)">

                <a href="javascript:alert(3)">링크</a>

                [또 링크](javascript:alert(4)) and [대문자](JaVaScRiPt:alert(5)) and ![그림](javascript:alert(7))

                <p style="color:red" onclick="alert(6)">문단</p>

                <iframe src="https://evil.example"></iframe>
                """);
        String lower = html.toLowerCase();
        assertFalse(lower.contains("<script"), html);
        assertFalse(lower.contains("onerror"), html);
        assertFalse(lower.contains("onclick"), html);
        assertFalse(lower.contains("javascript:"), html);
        assertTrue(
                html.contains("또 링크") && html.contains("대문자"),
                "Markdown links keep their text, without the URL: " + html);
        assertFalse(lower.contains("style="), html);
        assertFalse(lower.contains("<iframe"), html);
        assertTrue(html.contains("링크") && html.contains("문단"), "the text stays: " + html);
    }

    @Test
    void nothingInNothingOut() {
        assertEquals("", Markdown.toSafeHtml(null));
        assertEquals("", Markdown.toSafeHtml(""));
    }
}
