-- Indexes for the lists' stable orders: every list filter has an index that leads with it and
-- continues in the list's ORDER BY, so a page is an index scan that stops after offset + size rows
-- (no sequential scan, no top-N sort of every row), and the total is an index-only count.

-- GET /courses: ORDER BY title, id (track: course_track_idx of V1; field: a semi-join on course_field).
CREATE INDEX course_list_idx ON course (title, id);

-- GET /training-needs: ORDER BY created_at DESC, dong_code, field, id; the page's course ids come from
-- training_need_course's primary key (need_id, course_id) in one query.
CREATE INDEX training_need_list_idx ON training_need (created_at DESC, dong_code, field, id);
CREATE INDEX training_need_round_list_idx ON training_need (round_id, created_at DESC, dong_code, field, id);
CREATE INDEX training_need_dong_list_idx ON training_need (dong_code, created_at DESC, field, id);
CREATE INDEX training_need_field_list_idx ON training_need (field, created_at DESC, dong_code, id);
-- The district index of V2 did not match the order (a top-N sort of every match): replaced.
DROP INDEX training_need_district_idx;
CREATE INDEX training_need_district_idx ON training_need (district_code, created_at DESC, dong_code, field, id);
