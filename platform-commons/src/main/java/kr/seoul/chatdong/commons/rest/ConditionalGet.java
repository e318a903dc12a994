package kr.seoul.chatdong.commons.rest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads of reference data (districts, dongs, roll-out phases, boundaries) answer with an ETag made
 * from the body and {@code Cache-Control}; a client that sends the ETag back in
 * {@code If-None-Match} gets a 304 without the body. Mark the operation
 * {@code @Extension(name = PlatformOpenApiFilter.CONDITIONAL_GET, value = "true")} so its
 * document declares the 304 and the headers.
 */
@ApplicationScoped
public class ConditionalGet {

    /** Must revalidate: the data can change (an admin assigns roll-out phases), a 304 saves the body. */
    public static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    @Inject
    ObjectMapper json;

    public <T> RestResponse<T> ok(Request request, T body, CacheControl cache) {
        return ok(request, body, etag(serialize(body)), cache);
    }

    /** With an ETag computed once by the caller (for a body that never changes while the service runs). */
    @SuppressWarnings("unchecked")
    public <T> RestResponse<T> ok(Request request, T body, EntityTag tag, CacheControl cache) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return (RestResponse<T>) RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED)
                    .tag(tag)
                    .cacheControl(cache)
                    .build();
        }
        return RestResponse.ResponseBuilder.ok(body)
                .tag(tag)
                .cacheControl(cache)
                .build();
    }

    public static EntityTag etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new EntityTag(Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 22));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] serialize(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
