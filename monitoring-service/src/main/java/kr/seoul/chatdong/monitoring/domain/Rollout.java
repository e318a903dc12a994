package kr.seoul.chatdong.monitoring.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.seoul.chatdong.language.geo.Dong;

/** A snapshot of every roll-out assignment, answering "in which phase did this dong/district join?". */
public final class Rollout {

    private final Map<String, Integer> byDistrict = new HashMap<>();
    private final Map<String, Integer> byDong = new HashMap<>();

    public Rollout(List<RolloutAssignment> assignments) {
        for (RolloutAssignment a : assignments) {
            (a.scope() == RolloutAssignment.Scope.DISTRICT ? byDistrict : byDong).put(a.code(), a.phase());
        }
    }

    /** The dong's own phase, else its district's whole-district phase. */
    public Optional<Integer> phaseOf(Dong dong) {
        Integer own = byDong.get(dong.code());
        return Optional.ofNullable(own != null ? own : byDistrict.get(dong.districtCode()));
    }

    /** The district's phase: the earliest phase in which any of its dongs (or all of them) joined. */
    public Optional<Integer> phaseOfDistrict(String districtCode, List<Dong> itsDongs) {
        return itsDongs.stream()
                .map(this::phaseOf)
                .flatMap(Optional::stream)
                .min(Integer::compare)
                .or(() -> Optional.ofNullable(byDistrict.get(districtCode)));
    }
}
