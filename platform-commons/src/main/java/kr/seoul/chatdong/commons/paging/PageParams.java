package kr.seoul.chatdong.commons.paging;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of every list ({@code @BeanParam PageParams paging}): declared once, typed
 * in OpenAPI with their bounds, read as strings so that {@code size=abc} is a 400 naming
 * {@code size} rather than JAX-RS' bare 404.
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(
            description = "page number, from 0",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            format = "int32",
                            minimum = "0",
                            maximum = "100000000",
                            defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(
            description = "page size, 1–200 (default 50)",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            format = "int32",
                            minimum = "1",
                            maximum = "200",
                            defaultValue = "50"))
    public String size;

    public PageRequest request() {
        return PageRequest.of(page, size);
    }
}
