package kr.seoul.chatdong.commons.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.commons.rules.DomainException;

/** Reading a response file: encodings, line ends and the line numbers rejections are reported with. */
class CsvUploadTest {

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aByteOrderMarkIsDroppedAndCrlfLineEndsAreLineEnds() {
        CsvUpload.Sheet plain = CsvUpload.read(utf8("respondentId,group\nR1,PARTICIPATING\n"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] windows = utf8("respondentId,group\r\nR1,PARTICIPATING\r\n");
        byte[] withBom = new byte[bom.length + windows.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(windows, 0, withBom, bom.length, windows.length);
        CsvUpload.Sheet excel = CsvUpload.read(withBom);
        assertEquals(List.of("respondentId", "group"), plain.header());
        assertEquals(plain.header(), excel.header());
        assertEquals(List.of("R1", "PARTICIPATING"), excel.rows().get(0).cells());
        assertEquals(2, excel.rows().get(0).line());
    }

    @Test
    void aRowIsNumberedByTheLineItStartsOnEvenAfterQuotedLineBreaksAndEmptyLines() {
        CsvUpload.Sheet sheet = CsvUpload.read(utf8("respondentId,note\n\"R1\",\"두 줄\n메모\"\n\nR2,\"a,b\"\r\nR3,x"));
        assertEquals(
                List.of(2, 4, 5, 6),
                sheet.rows().stream().map(CsvUpload.Row::line).toList());
        assertEquals(List.of("R1", "두 줄\n메모"), sheet.rows().get(0).cells());
        assertEquals(List.of(""), sheet.rows().get(1).cells());
        assertEquals(List.of("R2", "a,b"), sheet.rows().get(2).cells());
        assertEquals(List.of("R3", "x"), sheet.rows().get(3).cells());
    }

    @Test
    void bytesThatAreNotUtf8RefuseTheFileNamingWhere() {
        // "응답자" in EUC-KR (the encoding Korean spreadsheets often save CSV in) is not UTF-8.
        byte[] eucKr = "respondentId,group\n응답자1,PARTICIPATING\n".getBytes(Charset.forName("EUC-KR"));
        var refused = assertThrows(DomainException.InvalidValue.class, () -> CsvUpload.read(eucKr));
        assertEquals("body", refused.field());
        assertTrue(refused.reason().startsWith("is not UTF-8: byte 0xC0 at offset 19 (line 2)"), refused.reason());
    }

    @Test
    void anUnclosedQuoteRefusesTheFile() {
        var refused = assertThrows(
                DomainException.InvalidValue.class,
                () -> CsvUpload.read(utf8("respondentId,group\n\"R1,PARTICIPATING\n")));
        assertEquals("body", refused.field());
        assertTrue(refused.reason().startsWith("is not valid CSV"), refused.reason());
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertEquals(List.of(), CsvUpload.read(new byte[0]).header());
    }
}
