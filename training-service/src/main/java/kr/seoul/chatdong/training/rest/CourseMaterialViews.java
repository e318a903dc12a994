package kr.seoul.chatdong.training.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.commons.documents.DocumentType;
import kr.seoul.chatdong.training.service.CourseMaterialService.Material;

/** Response bodies of a course's materials. */
public final class CourseMaterialViews {

    private CourseMaterialViews() {}

    @Schema(name = "CourseMaterial", description = "교육자료: a file of a course (its bytes at href)")
    public record MaterialView(
            @Schema(examples = "0f8e6a4c-3b1d-4c55-9a7e-2d6f1b8c9e01")
            UUID id,

            @Schema(examples = "7d0c5b8e-1a2f-4e3d-9c4b-5a6f7e8d9c0b")
            UUID courseId,

            @Schema(examples = "1강 주민자치와 찾아가는 동주민센터") String title,

            @Schema(description = "the original file name", examples = "1강_찾동의_이해.hwp")
            String fileName,

            @Schema(description = "detected from the bytes", examples = "HWP")
            DocumentType type,

            @Schema(examples = "application/x-hwp") String mediaType,

            @Schema(description = "bytes", examples = "14848")
            long size,

            @Schema(
                    description = "SHA-256 of the bytes (hex); the download's ETag, and If-Match of a replacement",
                    examples = "3b6f1c9e0d2a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9012345678")
            String sha256,

            @Schema(
                    examples =
                            "/api/v1/courses/7d0c5b8e-1a2f-4e3d-9c4b-5a6f7e8d9c0b/materials/0f8e6a4c-3b1d-4c55-9a7e-2d6f1b8c9e01")
            String href,

            Instant createdAt,
            Instant updatedAt) {

        public static MaterialView of(Material m) {
            return new MaterialView(
                    m.material().id(),
                    m.material().courseId(),
                    m.material().title(),
                    m.document().fileName(),
                    m.document().type(),
                    m.document().mediaType(),
                    m.document().size(),
                    m.document().sha256(),
                    "/api/v1/courses/" + m.material().courseId() + "/materials/"
                            + m.material().id(),
                    m.material().createdAt(),
                    m.material().updatedAt());
        }
    }

    @Schema(name = "CourseMaterialList", description = "A course's materials, oldest first")
    public record MaterialList(List<MaterialView> items, int total) {}
}
