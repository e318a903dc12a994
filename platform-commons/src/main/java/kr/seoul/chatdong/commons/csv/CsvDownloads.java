package kr.seoul.chatdong.commons.csv;

import java.lang.reflect.Method;
import java.util.Arrays;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What an answer that can be JSON or CSV says besides its body: {@code Vary: Accept} on both (a
 * cache keeps them apart; their ETag names the same data), and on the CSV a
 * {@code Content-Disposition} that makes a browser save it under a name from its path
 * ({@code /api/v1/rounds} → {@code rounds.csv}).
 */
public class CsvDownloads {

    @ServerResponseFilter
    public void describe(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        boolean csv = CsvBodyWriter.isCsv(response.getMediaType());
        if (csv || producesCsv(resource)) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        if (csv && response.getStatus() / 100 == 2) {
            response.getHeaders()
                    .putSingle(
                            "Content-Disposition",
                            "attachment; filename=\""
                                    + Csv.filename(request.getUriInfo().getPath()) + "\"");
        }
    }

    private static boolean producesCsv(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return false;
        }
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = resource.getResourceClass().getAnnotation(Produces.class);
        }
        return produces != null && Arrays.stream(produces.value()).anyMatch(type -> type.startsWith(Csv.MEDIA_TYPE));
    }
}
