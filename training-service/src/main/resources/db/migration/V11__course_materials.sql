-- 교육자료: the files of a course (slides, handouts, forms), each a document of the platform's store
-- (table document, platform migration V0_4) with a title. Replacing a material's file points it at
-- a new document in the transaction that deletes the old one.
CREATE TABLE course_material (
    id          UUID         PRIMARY KEY,
    course_id   UUID         NOT NULL REFERENCES course (id),
    document_id UUID         NOT NULL UNIQUE REFERENCES document (id),
    title       VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX course_material_course_idx ON course_material (course_id, created_at, id);
