package kr.seoul.chatdong.cases.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import kr.seoul.chatdong.cases.domain.BestPracticeCase;
import kr.seoul.chatdong.language.Field;

/**
 * The Atom feed (RFC 4287) of the latest published cases, written by Rome (no hand-written XML).
 * Entry ids are {@code urn:uuid:<case id>}: stable across reads, edits and feed regenerations.
 */
final class CaseFeed {

    static final String MEDIA_TYPE = "application/atom+xml";
    static final String FEED_ID = "urn:uuid:3f0e8a52-1c2b-4d6e-9a7f-2016c45e5f00";
    static final String PUBLISHER = "서울특별시 찾아가는 동주민센터";

    private CaseFeed() {}

    /** {@code base} is the service's address as the caller reached it (links are absolute). */
    static String atom(List<BestPracticeCase> cases, URI base) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri(FEED_ID);
        feed.setTitle("찾아가는 동주민센터 우수사례");
        feed.setDescription("서울시 자치구·동의 찾동 우수사례, 게시된 순서대로");
        feed.setLanguage("ko");
        String self = base.resolve("api/v1/cases/feed.atom").toString();
        feed.setLinks(List.of(
                link(self, "self", CaseFeed.MEDIA_TYPE),
                link(base.resolve("api/v1/cases").toString(), "alternate", "application/json")));
        feed.setAuthors(List.of(person(PUBLISHER)));
        // Atom requires updated: the newest publication (or the epoch for a feed without entries, so it does not change
        // per read).
        feed.setPublishedDate(
                cases.isEmpty() ? new Date(0) : Date.from(cases.get(0).publishedAt()));
        List<SyndEntry> entries = new ArrayList<>();
        for (BestPracticeCase c : cases) {
            SyndEntry e = new SyndEntryImpl();
            e.setUri("urn:uuid:" + c.id());
            e.setTitle(c.title());
            String url = base.resolve("api/v1/cases/" + c.id()).toString();
            e.setLink(url);
            e.setLinks(List.of(link(url, "alternate", "application/json")));
            e.setPublishedDate(Date.from(c.publishedAt()));
            e.setUpdatedDate(Date.from(c.publishedAt()));
            e.setAuthors(List.of(person(c.authors().isEmpty() ? PUBLISHER : String.join(", ", c.authors()))));
            if (c.summary() != null) {
                e.setDescription(content("text", c.summary()));
            }
            e.setContents(List.of(content("html", c.bodyHtml() == null ? "" : c.bodyHtml())));
            List<SyndCategory> categories = new ArrayList<>();
            for (Field f : c.fields()) {
                categories.add(category(f.name(), f.nameKo()));
            }
            for (String tag : c.tags()) {
                categories.add(category(tag, tag));
            }
            categories.add(category("district-" + c.districtCode(), c.districtCode()));
            e.setCategories(categories);
            entries.add(e);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("the Atom feed could not be written", e);
        }
    }

    private static SyndLink link(String href, String rel, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }

    private static SyndPerson person(String name) {
        SyndPerson p = new SyndPersonImpl();
        p.setName(name);
        return p;
    }

    private static SyndContent content(String type, String value) {
        SyndContent c = new SyndContentImpl();
        c.setType(type);
        c.setValue(value);
        return c;
    }

    private static SyndCategory category(String term, String label) {
        SyndCategory c = new SyndCategoryImpl();
        c.setName(term);
        c.setLabel(label);
        return c;
    }
}
