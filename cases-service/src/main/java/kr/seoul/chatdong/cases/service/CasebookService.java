package kr.seoul.chatdong.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.cases.document.CasebookLayout;
import kr.seoul.chatdong.cases.domain.BestPracticeCase;
import kr.seoul.chatdong.cases.domain.Casebook;
import kr.seoul.chatdong.cases.domain.PrintRun;
import kr.seoul.chatdong.cases.repository.BestPracticeCaseRepository;
import kr.seoul.chatdong.cases.repository.CasebookRepository;
import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.pdf.KoreanPdf;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.geo.District;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/** 사례집: compiles a year's published cases into a new edition (HTML and PDF), and records its print runs. */
@ApplicationScoped
public class CasebookService {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    CasebookRepository casebooks;

    @Inject
    BestPracticeCaseRepository cases;

    @Inject
    SeoulGeography geography;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record Compile(int year) {}

    public record Print(int copies, String distributedTo) {}

    @Transactional
    public Casebook compile(Compile request) {
        int year = request.year();
        List<BestPracticeCase> published = cases.publishedBetween(
                LocalDate.of(year, 1, 1).atStartOfDay(SEOUL).toInstant(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(SEOUL).toInstant());
        if (published.isEmpty()) {
            throw new DomainException.RuleViolation(
                            "No case was published in " + year + "; a casebook needs at least one")
                    .with("rule", "no-published-cases");
        }
        int edition = casebooks.lastEdition(year) + 1;
        Map<String, String> names =
                geography.districts().stream().collect(Collectors.toMap(District::code, District::nameKo));
        String xhtml = CasebookLayout.xhtml(year, edition, published, names);
        Instant now = clock.instant();
        Casebook book = new Casebook(year, edition, published.size(), xhtml, KoreanPdf.fromXhtml(xhtml), now);
        casebooks.persist(book);
        casebooks.flush();
        audit.created("casebook", book.id(), request);
        return book;
    }

    @Transactional
    public PrintRun print(UUID id, Print request) {
        Casebook book = get(id);
        PrintRun run = new PrintRun(book.id(), request.copies(), request.distributedTo(), clock.instant());
        casebooks.persist(run);
        audit.created("casebook-print-run", run.id(), request);
        return run;
    }

    @Transactional
    public Casebook get(UUID id) {
        return casebooks.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("casebook", id));
    }
}
