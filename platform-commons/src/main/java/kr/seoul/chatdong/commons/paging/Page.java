package kr.seoul.chatdong.commons.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the shape every list endpoint of the platform answers with. */
@Schema(name = "Page", description = "One page of a list, in the list's stable order")
public record Page<T>(
        @Schema(description = "the items of this page") List<T> items,

        @Schema(description = "page number, from 0", examples = "0")
        int page,

        @Schema(description = "page size asked for", examples = "50")
        int size,

        @Schema(description = "number of items matching the filters, over all pages", examples = "123")
        long total) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(List.copyOf(items), request.page(), request.size(), total);
    }

    /** A page of an in-memory list (reference data), cut with the same rules as a query. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return of(all.subList(from, to), request, all.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
