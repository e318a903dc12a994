package kr.seoul.chatdong.monitoring.query;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.geo.District;
import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.Rollout;
import kr.seoul.chatdong.monitoring.domain.RolloutAssignment.Scope;
import kr.seoul.chatdong.monitoring.repository.RolloutRepository;

/**
 * Reads the reference geography together with the roll-out phases: the geography is in memory
 * (the published language), the assignments one small table read once per answer, so a page is
 * cut from the in-memory list.
 */
@ApplicationScoped
public class GeographyQueries {

    @Inject
    SeoulGeography geography;

    @Inject
    RolloutRepository rollout;

    public Page<DistrictView> districts(Integer phase, PageRequest paging) {
        Rollout snapshot = snapshot();
        List<DistrictView> all = geography.districts().stream()
                .map(d -> districtView(d, snapshot))
                .filter(v -> phase == null || phase.equals(v.phase()))
                .toList();
        return Page.slice(all, paging);
    }

    public DistrictView district(String code) {
        District district = geography.district(code).orElseThrow(() -> new DomainException.NotFound("district", code));
        return districtView(district, snapshot());
    }

    public Page<DongView> dongs(String districtCode, Integer phase, String nameContains, PageRequest paging) {
        Rollout snapshot = snapshot();
        String needle = nameContains == null ? null : nameContains.strip().toLowerCase(Locale.ROOT);
        List<Dong> candidates = districtCode == null ? geography.dongs() : geography.dongsOf(districtCode);
        List<DongView> all = candidates.stream()
                .filter(d ->
                        needle == null || d.nameKo().toLowerCase(Locale.ROOT).contains(needle))
                .map(d -> new DongView(d, snapshot.phaseOf(d).orElse(null)))
                .filter(v -> phase == null || phase.equals(v.phase()))
                .toList();
        return Page.slice(all, paging);
    }

    public DongView dong(String code) {
        Dong dong = geography.dong(code).orElseThrow(() -> new DomainException.NotFound("dong", code));
        return new DongView(dong, snapshot().phaseOf(dong).orElse(null));
    }

    public List<PhaseView> phases() {
        Rollout snapshot = snapshot();
        List<DistrictView> districts = geography.districts().stream()
                .map(d -> districtView(d, snapshot))
                .toList();
        return rollout.phases().stream()
                .map(p -> new PhaseView(
                        p,
                        districts.stream()
                                .filter(d -> d.phase() != null && d.phase() <= p.number())
                                .count(),
                        geography.dongs().stream()
                                .filter(d -> snapshot.phaseOf(d)
                                        .map(n -> n <= p.number())
                                        .orElse(false))
                                .count()))
                .toList();
    }

    /** The district's own (whole-district) assignment, or 404 while it has none. */
    public RolloutView districtRollout(String code) {
        geography.district(code).orElseThrow(() -> new DomainException.NotFound("district", code));
        return rollout.assignment(Scope.DISTRICT, code)
                .map(RolloutView::of)
                .orElseThrow(() -> new DomainException.NotFound("district roll-out assignment", code));
    }

    public RolloutView dongRollout(String code) {
        geography.dong(code).orElseThrow(() -> new DomainException.NotFound("dong", code));
        return rollout.assignment(Scope.DONG, code)
                .map(RolloutView::of)
                .orElseThrow(() -> new DomainException.NotFound("dong roll-out assignment", code));
    }

    private DistrictView districtView(District district, Rollout snapshot) {
        List<Dong> dongs = geography.dongsOf(district.code());
        return new DistrictView(
                district,
                dongs.size(),
                snapshot.phaseOfDistrict(district.code(), dongs).orElse(null));
    }

    private Rollout snapshot() {
        return new Rollout(rollout.assignments());
    }
}
