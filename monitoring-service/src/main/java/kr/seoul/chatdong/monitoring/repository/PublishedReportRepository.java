package kr.seoul.chatdong.monitoring.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.monitoring.domain.PublishedReport;

/** The published versions of the yearly reports. */
@ApplicationScoped
public class PublishedReportRepository implements PanacheRepositoryBase<PublishedReport, PublishedReport.Key> {

    public Optional<PublishedReport> newest(int year) {
        return find("key.year = ?1 ORDER BY key.version DESC", (short) year).firstResultOptional();
    }

    public Optional<PublishedReport> version(int year, int version) {
        return findByIdOptional(new PublishedReport.Key(year, version));
    }

    /** The next version of the year, taken in turns: publishing the same year twice at once waits. */
    public int nextVersion(int year) {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('chatdong.yearly-report'), ?1)")
                .setParameter(1, year)
                .getSingleResult();
        Number newest = (Number) getEntityManager()
                .createNativeQuery("SELECT coalesce(max(version), 0) FROM published_report WHERE year = ?1")
                .setParameter(1, year)
                .getSingleResult();
        return newest.intValue() + 1;
    }
}
