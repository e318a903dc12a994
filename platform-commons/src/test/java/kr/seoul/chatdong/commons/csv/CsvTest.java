package kr.seoul.chatdong.commons.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;

/** The CSV rules in milliseconds: columns from the JSON's property names, flattening, quoting, formula cells. */
class CsvTest {

    enum Kind {
        WELFARE,
        HEALTH
    }

    record Progress(long assessed, long expected) {}

    record Item(
            String name,
            LocalDate startsOn,
            int change,
            Progress progress,
            List<String> codes,
            Map<Kind, Integer> scores,
            Map<String, Integer> counts,
            Double mean) {}

    record Row(String dongCode, String nameKo, Integer score) {}

    record Rows(String title, List<Row> rows) implements CsvRows<Row> {
        @Override
        public List<Row> csvRows() {
            return rows;
        }

        @Override
        public Class<Row> csvRowType() {
            return Row.class;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Csv CSV = new Csv(JSON);
    private static final java.lang.reflect.Type PAGE_OF_ITEMS = new TypeReference<Page<Item>>() {}.getType();

    @Test
    void aPageIsItsItemsWithTheJsonPropertyNamesNestedOnesDottedAndMapsByEnumAsColumns() {
        Map<Kind, Integer> scores = new EnumMap<>(Kind.class);
        scores.put(Kind.WELFARE, 72);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("a", 1);
        counts.put("b", 2);
        Item first = new Item(
                "성북동 \"1차\", 점검",
                LocalDate.of(2016, 2, 1),
                -3,
                new Progress(318, 320),
                List.of("1129052500", "1120059000"),
                scores,
                counts,
                71.5);
        Item second = new Item("=HYPERLINK(\"http://x\")", null, 4, null, List.of(), Map.of(), Map.of(), null);
        Page<Item> page = Page.of(List.of(first, second), PageRequest.firstPage(), 2);

        assertEquals(
                "name,startsOn,change,progress.assessed,progress.expected,codes,scores.WELFARE,scores.HEALTH,counts,mean\r\n"
                        // Korean and a quote and a comma: quoted once, the quote doubled; -3 is a number and stays one
                        + "\"성북동 \"\"1차\"\", 점검\",2016-02-01,-3,318,320,1129052500;1120059000,72,,a=1;b=2,71.5\r\n"
                        // a formula gets a leading ' (and is quoted for its quotes); nulls and empty lists are empty
                        // cells
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",,4,,,,,,,\r\n",
                CSV.toText(page, PAGE_OF_ITEMS));
    }

    @Test
    void anEmptyPageStillHasItsHeaderRow() {
        assertEquals(
                "name,startsOn,change,progress.assessed,progress.expected,codes,scores.WELFARE,scores.HEALTH,counts,mean\r\n",
                CSV.toText(Page.of(List.of(), PageRequest.firstPage(), 0), PAGE_OF_ITEMS));
    }

    @Test
    void aBodyWithItsOwnRowsIsWrittenAsThoseRows() {
        Rows body = new Rows(
                "ignored in CSV", List.of(new Row("1129052500", "성북동", 72), new Row("1120059000", "+1", null)));
        assertEquals("dongCode,nameKo,score\r\n1129052500,성북동,72\r\n1120059000,'+1,\r\n", CSV.toText(body, Rows.class));
        assertEquals("dongCode,nameKo,score\r\n", CSV.toText(new Rows("none", List.of()), Rows.class));
    }

    @Test
    void aSingleObjectIsOneRow() {
        assertEquals("assessed,expected\r\n3,4\r\n", CSV.toText(new Progress(3, 4), Progress.class));
    }

    @Test
    void textThatASpreadsheetWouldRunIsNeutralisedNumbersAreNot() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "＝1+1")) {
            assertEquals("'" + formula, Csv.neutralised(formula), formula);
        }
        for (String plain : List.of("", "1-1", "성북동", "a=b", "'quoted")) {
            assertEquals(plain, Csv.neutralised(plain), plain);
        }
        assertEquals("-3", Csv.cell(JSON.valueToTree(-3)));
        assertEquals("-2.5", Csv.cell(JSON.valueToTree(-2.5)));
        assertEquals("'-3", Csv.cell(JSON.valueToTree("-3")), "text that looks like a number is still text");
        assertEquals("'=A1;b", Csv.cell(JSON.valueToTree(List.of("=A1", "b"))), "a list's cell is checked as a whole");
    }

    @Test
    void theDownloadStartsWithAByteOrderMarkAndIsUtf8() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CSV.write(new Row("1129052500", "성북동", 72), Row.class, out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals(
                "dongCode,nameKo,score\r\n1129052500,성북동,72\r\n",
                new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void fileNamesComeFromThePath() {
        assertEquals("rounds.csv", Csv.filename("/api/v1/rounds"));
        assertEquals("rounds-0b9c7f7e-results.csv", Csv.filename("/api/v1/rounds/0b9c7f7e/results"));
        assertEquals(
                "dongs-1129_x_-scores.csv",
                Csv.filename("/api/v1/dongs/1129\"x;/scores"),
                "nothing that could break the header");
    }

    @Test
    void recordsForDocumentsAreQuotedAndNeutralisedLikeDownloads() {
        assertEquals(
                "a,b,c\r\n-3,'-x,\"성북동, 성동구\"\r\n",
                Csv.records(List.of(List.of("a", "b", "c"), Arrays.asList(-3, "-x", "성북동, 성동구"))));
    }
}
