package kr.seoul.chatdong.commons.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audited write. */
@Schema(name = "AuditEntry")
public record AuditEntry(
        @Schema(examples = "1042") long seq,
        Instant at,

        @Schema(description = "the sign-in account name", examples = "kim.monitor@seoul.go.kr")
        String subject,

        @Schema(examples = "monitor") String roles,
        @Schema(examples = "round") String entity,

        @Schema(examples = "0b9c7f7e-2a55-4c8e-9d2b-5f0f3c7f1a10")
        String entityId,

        @Schema(examples = "CREATE") String action,

        @Schema(description = "the fields the write set or changed", examples = "[\"name\", \"startsOn\"]")
        List<String> changedFields,

        @Schema(examples = "POST /api/v1/rounds") String operation) {

    static AuditEntry of(Object[] row) {
        Object at = row[1];
        Instant instant = at instanceof Instant i
                ? i
                : at instanceof OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) at).toInstant();
        String fields = (String) row[7];
        return new AuditEntry(
                ((Number) row[0]).longValue(),
                instant,
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                (String) row[6],
                fields == null || fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")),
                (String) row[8]);
    }
}
