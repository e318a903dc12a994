-- 교육과정: a course of the capacity-building programme (§4 of the 2016 plan).
CREATE TABLE course (
    id          UUID PRIMARY KEY,
    title       VARCHAR(200) NOT NULL,
    track       VARCHAR(40)  NOT NULL,
    hours       INTEGER      NOT NULL CHECK (hours BETWEEN 1 AND 200),
    description VARCHAR(2000),
    created_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX course_track_idx ON course (track, title, id);

-- The fields (분야) a course builds capacity in; training needs of a field are matched to these.
CREATE TABLE course_field (
    course_id UUID        NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    field     VARCHAR(16) NOT NULL,
    PRIMARY KEY (course_id, field)
);
CREATE INDEX course_field_field_idx ON course_field (field, course_id);
