package kr.seoul.chatdong.bench.lists;

import java.util.List;

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The two yardsticks: a bare endpoint, and the obvious Panache list with every default. */
@Path("/")
public class ItemResource {

    public record Page(List<Item> items, int page, int size, long total) {
    }

    @GET
    @Path("hello")
    @Produces(MediaType.TEXT_PLAIN)
    public String hello() {
        return "hello";
    }

    @GET
    @Path("items")
    @Produces(MediaType.APPLICATION_JSON)
    public Page items(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        List<Item> items = Item.findAll(Sort.by("createdAt")).page(page, size).list();
        return new Page(items, page, size, Item.count());
    }
}
