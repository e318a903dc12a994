package kr.seoul.chatdong.commons.csv;

import java.util.List;

/**
 * A body whose spreadsheet is not its JSON turned into rows: a round's results are one JSON
 * document but one CSV row per dong. The rows are written like any list's items (their JSON
 * property names are the header); {@link #csvRowType()} gives the header when there are no rows.
 * Neither method is a bean getter, so neither appears in the JSON.
 */
public interface CsvRows<R> {

    List<R> csvRows();

    Class<R> csvRowType();
}
