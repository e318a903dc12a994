package kr.seoul.chatdong.monitoring.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the geography endpoints are sent (their answers are read models of {@code query}). */
public final class GeographyViews {

    private GeographyViews() {}

    @Schema(name = "PhaseAssignment", description = "the roll-out phase to assign")
    public record PhaseAssignment(
            @NotNull @Min(1) @Max(3) @Schema(examples = "2", required = true)
            Integer phase) {}
}
