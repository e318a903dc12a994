package kr.seoul.chatdong.monitoring.query;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.language.geo.Dong;

/** An administrative dong (행정동) as the geography API shows it. */
@Schema(name = "DongView", description = "행정동 with the phase in which it joined")
public record DongView(
        @Schema(examples = "1129052500") String code,
        @Schema(examples = "성북동") String nameKo,
        @Schema(examples = "11290") String districtCode,
        @Schema(examples = "성북구") String districtNameKo,

        @Schema(
                description = "roll-out phase; null when the plan does not say and no admin has assigned it",
                examples = "1",
                nullable = true)
        Integer phase) {

    public DongView(Dong dong, Integer phase) {
        this(dong.code(), dong.nameKo(), dong.districtCode(), dong.districtNameKo(), phase);
    }
}
