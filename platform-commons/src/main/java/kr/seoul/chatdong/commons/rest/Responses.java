package kr.seoul.chatdong.commons.rest;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;

import org.jboss.resteasy.reactive.RestResponse;

/** Builds the success answers that carry an ETag (the entity's optimistic-lock version). */
public final class Responses {

    private Responses() {}

    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.<T>ok(body).tag(etag(version)).build();
    }

    public static <T> RestResponse<T> created(String location, T body, long version) {
        return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.CREATED)
                .location(URI.create(location))
                .entity(body)
                .tag(etag(version))
                .build();
    }

    public static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }
}
