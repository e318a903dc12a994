-- A sub-project's seq is its place in the plan's list, and the platform numbers sub-projects as the
-- plan's sections do (§V-5 우수사례 발굴 및 보급, §V-6 콘텐츠개발 및 매뉴얼 보급). The 2016 plan was
-- seeded in the order of the §VI budget table, which lists 콘텐츠 (5) before 우수사례 (6): a plan
-- seeded that way gets the two swapped, everything else (lines, milestones, execution) kept.
-- A plan already in section order, or changed by hand since, is left as it is.
UPDATE annual_plan p
SET document   = jsonb_set(jsonb_set(d.doc, '{subProjects,4}', d.doc -> 'subProjects' -> 5),
                           '{subProjects,5}', d.doc -> 'subProjects' -> 4)::text,
    updated_at = now(),
    version    = p.version + 1
FROM (SELECT year, document::jsonb AS doc FROM annual_plan WHERE year = 2016) d
WHERE p.year = d.year
  AND jsonb_array_length(d.doc -> 'subProjects') = 7
  AND d.doc -> 'subProjects' -> 4 ->> 'name' LIKE '%콘텐츠%'
  AND d.doc -> 'subProjects' -> 5 ->> 'name' LIKE '%우수사례%';
