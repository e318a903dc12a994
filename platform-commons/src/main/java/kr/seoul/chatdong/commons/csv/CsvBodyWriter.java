package kr.seoul.chatdong.commons.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes any answer of an operation that declares {@code @Produces({APPLICATION_JSON, Csv.MEDIA_TYPE})}
 * as CSV when the client asks for {@code text/csv} (see {@link Csv}); JSON stays the answer to
 * every other Accept. Uses the service's own ObjectMapper, so columns and values are the JSON's.
 */
@Provider
@Produces(Csv.MEDIA_TYPE)
public class CsvBodyWriter implements MessageBodyWriter<Object> {

    @Inject
    ObjectMapper json;

    /** Made once: it holds a copy of the service's ObjectMapper. */
    private volatile Csv csv;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isCsv(mediaType)
                && !CharSequence.class.isAssignableFrom(type)
                && type != byte[].class
                && !InputStream.class.isAssignableFrom(type)
                && !StreamingOutput.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            Object body,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        headers.putSingle(HttpHeaders.CONTENT_TYPE, Csv.CONTENT_TYPE);
        Csv writer = csv;
        if (writer == null) {
            writer = csv = new Csv(json);
        }
        writer.write(body, genericType, out);
    }

    static boolean isCsv(MediaType mediaType) {
        return mediaType != null
                && "text".equalsIgnoreCase(mediaType.getType())
                && "csv".equalsIgnoreCase(mediaType.getSubtype());
    }
}
