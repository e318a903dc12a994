package kr.seoul.chatdong.monitoring.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A published version of a year's evaluation report: its JSON and PDF frozen when it was published,
 * so that the version answers the same bytes ever after, whatever changes later in the data.
 */
@Entity
@Table(name = "published_report")
public class PublishedReport {

    @Embeddable
    public static class Key implements Serializable {
        short year;
        int version;

        protected Key() {}

        public Key(int year, int version) {
            this.year = (short) year;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && year == k.year && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, version);
        }
    }

    @EmbeddedId
    private Key key;

    private String title;

    private byte[] json;

    private byte[] pdf;

    @Column(name = "pdf_sha256")
    private String pdfSha256;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    protected PublishedReport() {}

    public PublishedReport(
            int year,
            int version,
            String title,
            byte[] json,
            byte[] pdf,
            String pdfSha256,
            Instant publishedAt,
            String publishedBy) {
        this.key = new Key(year, version);
        this.title = title;
        this.json = json;
        this.pdf = pdf;
        this.pdfSha256 = pdfSha256;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    /** 제n판: the title a published version goes by. */
    public static String editionTitle(String title, int version) {
        return title + " (제" + version + "판)";
    }

    /** Where the version answers, JSON or (with Accept: application/pdf) PDF. */
    public static String url(int year, int version) {
        return "/api/v1/reports/" + year + "?version=" + version;
    }

    public int year() {
        return key.year;
    }

    public int version() {
        return key.version;
    }

    public String title() {
        return title;
    }

    public byte[] json() {
        return json;
    }

    public byte[] pdf() {
        return pdf;
    }

    public String pdfSha256() {
        return pdfSha256;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }
}
