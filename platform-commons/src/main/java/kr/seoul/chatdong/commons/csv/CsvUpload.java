package kr.seoul.chatdong.commons.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * The one way an uploaded CSV file (survey responses, bulk enrolments) is read: UTF-8 (a byte-order mark is allowed and dropped), RFC 4180 CSV (quoted
 * cells, CRLF or LF line ends), the first line its header. Bytes that are not UTF-8 (a file saved
 * as EUC-KR/CP949 by a Korean spreadsheet, say) or a broken CSV structure refuse the file whole:
 * guessing at such a file could store wrong answers.
 */
public final class CsvUpload {

    /** A data row: the line it starts on (the header is line 1) and its cells as written. */
    public record Row(int line, List<String> cells) {}

    public record Sheet(List<String> header, List<Row> rows) {}

    private static final char BOM = '\uFEFF';
    // RFC 4180 with empty lines kept as records, so that the parser's line count stays exact.
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvUpload() {}

    public static Sheet read(byte[] body) {
        String text = utf8(body);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        List<String> header = List.of();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            long linesBefore = 0;
            for (CSVRecord record : parser) {
                int line = Math.toIntExact(linesBefore + 1);
                linesBefore = parser.getCurrentLineNumber();
                if (line == 1) {
                    header = record.toList();
                } else {
                    rows.add(new Row(line, record.toList()));
                }
            }
        } catch (UncheckedIOException | IOException | IllegalStateException broken) {
            Throwable cause = broken instanceof UncheckedIOException unchecked && unchecked.getCause() != null
                    ? unchecked.getCause()
                    : broken;
            throw new DomainException.InvalidValue(
                    "body",
                    "is not valid CSV (RFC 4180): " + cause.getMessage() + "; a quoted cell must end with a quote");
        }
        return new Sheet(header, rows);
    }

    /** Decodes strictly: the first byte that is not UTF-8 refuses the file, naming its offset and line. */
    private static String utf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (body[i] == '\n') {
                    line++;
                }
            }
            throw new DomainException.InvalidValue(
                    "body",
                    String.format(
                            "is not UTF-8: byte 0x%02X at offset %d (line %d) cannot start "
                                    + "or continue a UTF-8 character; save the file as CSV UTF-8 (a Korean spreadsheet may have saved it as EUC-KR/CP949)",
                            body[offset] & 0xFF, offset, line));
        }
        return out.flip().toString();
    }
}
