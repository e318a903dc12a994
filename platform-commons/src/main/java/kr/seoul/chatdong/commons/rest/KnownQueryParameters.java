package kr.seoul.chatdong.commons.rest;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import kr.seoul.chatdong.commons.problem.ProblemException;

/**
 * A query parameter the operation does not take is a 400 naming it and the ones it takes, not
 * silently ignored: {@code ?distict=11290} would otherwise answer every district's rows. The
 * names come from the resource method's {@code @QueryParam}s and its {@code @BeanParam}s' fields.
 */
public class KnownQueryParameters {

    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Set<String> sent = request.getUriInfo().getQueryParameters().keySet();
        if (sent.isEmpty()) {
            return;
        }
        Set<String> takes = known.computeIfAbsent(method, KnownQueryParameters::namesOf);
        for (String name : sent) {
            if (!takes.contains(name)) {
                String accepted =
                        takes.isEmpty() ? "it takes no query parameters" : "it takes " + String.join(", ", takes);
                throw ProblemException.invalid(
                        abbreviate(name), "is not a query parameter of this operation; " + accepted);
            }
        }
    }

    static Set<String> namesOf(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter p : method.getParameters()) {
            QueryParam query = p.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = p.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field f : type.getDeclaredFields()) {
                        QueryParam q = f.getAnnotation(QueryParam.class);
                        if (q != null) {
                            names.add(q.value());
                        }
                    }
                }
            }
        }
        return names;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
