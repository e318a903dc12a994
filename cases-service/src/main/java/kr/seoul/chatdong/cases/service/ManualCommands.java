package kr.seoul.chatdong.cases.service;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import kr.seoul.chatdong.cases.domain.DistributionChannel;
import kr.seoul.chatdong.cases.domain.ManualAudience;
import kr.seoul.chatdong.cases.domain.ManualKind;

/** What callers ask of {@link ManualService} about volumes and the life cycle of their versions. */
public final class ManualCommands {

    private ManualCommands() {}

    public record CreateVolume(String title, ManualKind kind, ManualAudience audience) {}

    /** The next version; {@code label} may be null; the OPEN feedback of the volume it takes in. */
    public record StartVersion(String label, List<UUID> feedbackIds) {}

    /** The governance decision that approved the version. */
    public record Approve(UUID meetingId, UUID decisionId) {}

    public record Distribute(int copies, Set<DistributionChannel> channels) {}

    /** A solution-desk question into a version of a volume. */
    public record AdoptQuestion(String volumeId, int version) {}
}
