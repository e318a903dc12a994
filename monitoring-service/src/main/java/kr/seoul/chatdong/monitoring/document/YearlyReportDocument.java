package kr.seoul.chatdong.monitoring.document;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import kr.seoul.chatdong.commons.pdf.KoreanPdf;
import kr.seoul.chatdong.commons.time.Clocks;
import kr.seoul.chatdong.monitoring.query.PhaseView;
import kr.seoul.chatdong.monitoring.query.YearlyReport;

/**
 * The yearly report as a Korean PDF (the platform's one way: XHTML through {@link KoreanPdf}): a title
 * block, then the eight sections in the JSON's order, each a heading, a sentence or two and its
 * tables. Every number in it is the JSON's; a missing figure reads "-".
 */
public final class YearlyReportDocument {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * Korean names of the codes the report carries (statuses, audiences, council kinds); a code not
     * listed (added later by another service) is shown as it is.
     */
    private static final Map<String, String> KO = Map.ofEntries(
            Map.entry("PLANNED", "계획"),
            Map.entry("IN_PROGRESS", "진행"),
            Map.entry("COMPLETED", "완료"),
            Map.entry("OPEN", "배정 대기"),
            Map.entry("ASSIGNED", "배정"),
            Map.entry("SCHEDULED", "방문 예정"),
            Map.entry("VISITED", "방문"),
            Map.entry("REPORTED", "보고"),
            Map.entry("CLOSED", "종결"),
            Map.entry("CANCELLED", "취소"),
            Map.entry("WITHDRAWN", "철회"),
            Map.entry("CITY", "서울시"),
            Map.entry("CIVIL_SERVANT", "공무원"),
            Map.entry("PRIVATE_WELFARE_WORKER", "민간 복지기관 종사자"),
            Map.entry("RESIDENT", "주민"),
            Map.entry("INSTRUCTOR", "강사"),
            Map.entry("SUPPORT_TEAM", "추진지원단"),
            Map.entry("METROPOLITAN", "광역 민관협력 협의체"),
            Map.entry("DISTRICT", "자치구 민관협력 협의체"),
            Map.entry("TASK_FORCE", "민관협력 T/F"),
            Map.entry("ADVISORY", "자문위원회"),
            Map.entry("EDUCATION_PLANNING", "교육기획위원회"),
            Map.entry("DISTRICT_SUPPORT_TEAM", "자치구 추진지원단"),
            Map.entry("CITY_TASKFORCE", "시 추진단"),
            Map.entry("STEERING_COMMITTEE", "운영위원회"),
            Map.entry("SUPPORT_TEAM_NETWORK", "추진지원단 연석회의"));

    private YearlyReportDocument() {}

    public static byte[] pdf(YearlyReport report) {
        return KoreanPdf.fromXhtml(xhtml(report));
    }

    static String xhtml(YearlyReport r) {
        Sections s = new Sections();
        s.title(r);
        s.rollout(r.rollout());
        s.rounds(r.rounds());
        s.consulting(r.consulting());
        s.indicators(r.indicators());
        s.surveys(r.surveys());
        s.training(r.training());
        s.cases(r.cases());
        s.governance(r.governance());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ko\"><head>"
                + "<title>" + KoreanPdf.escape(r.title()) + "</title>"
                + "<style>@page { size: A4; margin: 18mm 16mm; @bottom-center { content: counter(page); font-size: 9pt; } }"
                + " body { font-family: '" + KoreanPdf.FONT_FAMILY + "'; font-size: 10pt; line-height: 1.5; }"
                + " h1 { font-size: 18pt; margin: 0 0 4pt 0; } h2 { font-size: 13pt; margin: 16pt 0 6pt 0;"
                + " border-bottom: 1px solid #444; } h3 { font-size: 11pt; margin: 10pt 0 4pt 0; }"
                + " table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; -fs-table-paginate: paginate; }"
                + " th, td { border: 1px solid #999; padding: 2pt 4pt; } th { background: #eee; text-align: left; }"
                + " td.n { text-align: right; } .meta { color: #444; font-size: 9pt; }</style>"
                + "<bookmarks>" + s.bookmarks + "</bookmarks></head><body>" + s.body + "</body></html>";
    }

    /** Builds the body and the PDF's outline together. */
    private static final class Sections {
        final StringBuilder body = new StringBuilder();
        final StringBuilder bookmarks = new StringBuilder();
        int n;

        void title(YearlyReport r) {
            body.append("<h1>").append(esc(r.title())).append("</h1><p class=\"meta\">");
            body.append(r.version() == null ? "초안 (게시 전) · 산출 " : "제" + r.version() + "판 · 게시 ");
            body.append(WHEN.format(r.computedAt().atZone(Clocks.SEOUL))).append(" (서울)</p>");
        }

        void heading(String title) {
            n++;
            bookmarks
                    .append("<bookmark name=\"")
                    .append(esc(title))
                    .append("\" href=\"#s")
                    .append(n)
                    .append("\"/>");
            body.append("<h2 id=\"s").append(n).append("\">").append(esc(title)).append("</h2>");
        }

        void p(String text) {
            body.append("<p>").append(esc(text)).append("</p>");
        }

        <T> void table(List<String> headers, List<T> rows, List<Function<T, Object>> cells) {
            if (rows.isEmpty()) {
                p("자료 없음.");
                return;
            }
            body.append("<table><thead><tr>");
            headers.forEach(h -> body.append("<th>").append(esc(h)).append("</th>"));
            body.append("</tr></thead><tbody>");
            for (T row : rows) {
                body.append("<tr>");
                for (Function<T, Object> cell : cells) {
                    Object v = cell.apply(row);
                    boolean number = v instanceof Number || v == null;
                    body.append(number ? "<td class=\"n\">" : "<td>")
                            .append(esc(text(v)))
                            .append("</td>");
                }
                body.append("</tr>");
            }
            body.append("</tbody></table>");
        }

        void rollout(List<PhaseView> phases) {
            heading("1. 사업 확대 (단계별 계획 대비 지정)");
            table(
                    List.of("단계", "시작", "계획 자치구", "지정 자치구", "계획 동", "지정 동"),
                    phases,
                    List.of(
                            PhaseView::nameKo,
                            PhaseView::startsIn,
                            PhaseView::plannedDistricts,
                            PhaseView::assignedDistricts,
                            PhaseView::plannedDongs,
                            PhaseView::assignedDongs));
        }

        void rounds(YearlyReport.Rounds r) {
            heading("2. 모니터링");
            p("평가한 동 " + text(r.dongsAssessed()) + "개, 평가 " + text(r.assessments()) + "건, 전체 평균 " + text(r.mean())
                    + "점, 60점 미만 " + text(r.belowSixty()) + "건.");
            table(
                    List.of("회차", "기간", "상태", "대상 동", "평가한 동", "평균"),
                    r.rounds(),
                    List.of(
                            YearlyReport.RoundLine::name,
                            x -> x.startsOn() + " ~ " + x.endsOn(),
                            x -> ko(x.status()),
                            YearlyReport.RoundLine::dongs,
                            YearlyReport.RoundLine::dongsAssessed,
                            YearlyReport.RoundLine::mean));
            body.append("<h3>분야별 평균</h3>");
            table(
                    List.of("분야", "평가", "평균", "60점 미만"),
                    r.byField(),
                    List.of(
                            YearlyReport.FieldMean::nameKo,
                            YearlyReport.FieldMean::assessments,
                            YearlyReport.FieldMean::mean,
                            YearlyReport.FieldMean::belowSixty));
            body.append("<h3>자치구별 평균</h3>");
            table(
                    List.of("자치구", "평가한 동", "평균"),
                    r.byDistrict(),
                    List.of(
                            YearlyReport.DistrictMean::nameKo,
                            YearlyReport.DistrictMean::dongsAssessed,
                            YearlyReport.DistrictMean::mean));
        }

        void consulting(YearlyReport.Consulting c) {
            heading("3. 컨설팅");
            p("올해 회차에서 나온 컨설팅 " + text(c.assignments()) + "건.");
            table(List.of("상태", "건수"), c.byStatus(), List.of(x -> ko(x.status()), YearlyReport.StatusCount::count));
            if (c.effect() == null) {
                p("컨설팅 효과: 완료된 회차가 둘 이상이 되면 측정합니다.");
                return;
            }
            body.append("<h3>컨설팅 효과: ")
                    .append(esc(c.effect().baselineRoundName()))
                    .append(" → ")
                    .append(esc(c.effect().roundName()))
                    .append("</h3>");
            table(
                    List.of("분야", "컨설팅 동", "점수 변화", "미실시 동", "점수 변화", "효과"),
                    c.effect().fields(),
                    List.of(
                            YearlyReport.FieldEffect::nameKo,
                            YearlyReport.FieldEffect::consulted,
                            YearlyReport.FieldEffect::consultedChange,
                            YearlyReport.FieldEffect::notConsulted,
                            YearlyReport.FieldEffect::notConsultedChange,
                            YearlyReport.FieldEffect::effect));
        }

        void indicators(List<YearlyReport.IndicatorLine> lines) {
            heading("4. 성과지표 (목표 대비)");
            table(
                    List.of("지표", "단위", "목표", "값 수", "평균", "목표 이상"),
                    lines,
                    List.of(
                            YearlyReport.IndicatorLine::nameKo,
                            YearlyReport.IndicatorLine::unit,
                            YearlyReport.IndicatorLine::target,
                            YearlyReport.IndicatorLine::values,
                            YearlyReport.IndicatorLine::mean,
                            YearlyReport.IndicatorLine::atOrAboveTarget));
        }

        void surveys(List<YearlyReport.SurveyLine> surveys) {
            heading("5. 주민·공무원 조사");
            if (surveys.isEmpty()) {
                p("올해 마친 조사 차수가 없습니다.");
            }
            for (YearlyReport.SurveyLine s : surveys) {
                body.append("<h3>")
                        .append(esc(s.title()))
                        .append(" · ")
                        .append(esc(s.wave()))
                        .append(" (")
                        .append(s.kind().equals("BASELINE") ? "기준" : "사후")
                        .append(", 응답 ")
                        .append(s.respondents())
                        .append("명)</h3>");
                table(
                        List.of("문항", "응답", "값", "기준값", "시행동 변화", "비시행동 변화", "이중차분"),
                        s.questions(),
                        List.of(
                                YearlyReport.SurveyQuestionLine::text,
                                YearlyReport.SurveyQuestionLine::n,
                                q -> q.value() == null ? null : q.value() + ("YES_NO".equals(q.scale()) ? "%" : ""),
                                YearlyReport.SurveyQuestionLine::baselineValue,
                                YearlyReport.SurveyQuestionLine::participatingChange,
                                YearlyReport.SurveyQuestionLine::nonParticipatingChange,
                                YearlyReport.SurveyQuestionLine::differenceInDifferences));
            }
        }

        void training(YearlyReport.Training t) {
            heading("6. 교육");
            p("목표 " + text(t.target()) + "명 대비 수료 " + text(t.trained()) + "명 (" + percent(t.shareOfTarget())
                    + "; 서울시 주도 기수 " + text(t.completedCityRun()) + "명, 자치구 주도 기수 "
                    + text(t.completedDistrictRun()) + "명, 자치구 자체 교육 보고 " + text(t.completedDistrictReported())
                    + "명 · " + text(t.districtReports()) + "건), 기수 "
                    + text(t.cohorts()) + "개, 등록 " + text(t.enrolled()) + "명. 만족도 " + text(t.satisfaction()) + "점 (응답 "
                    + text(t.evaluations()) + "명).");
            table(
                    List.of("주관", "대상", "목표"),
                    t.targets(),
                    List.of(x -> ko(x.organiser()), x -> ko(x.audience()), YearlyReport.TargetLine::target));
        }

        void cases(YearlyReport.Cases c) {
            heading("7. 우수사례");
            p("게시 " + text(c.published()) + "건 (목표 " + text(c.target()) + "건).");
            table(
                    List.of("자치구", "게시"),
                    c.byDistrict().stream().filter(d -> d.count() > 0).toList(),
                    List.of(YearlyReport.DistrictCount::nameKo, YearlyReport.DistrictCount::count));
        }

        void governance(YearlyReport.Governance g) {
            heading("8. 민관협력 거버넌스");
            p("회의 " + text(g.meetingsHeld()) + "회, 의결 " + text(g.decisions()) + "건, 기한을 넘긴 후속조치 "
                    + text(g.overdueActionItems()) + "건.");
            table(
                    List.of("협의체 유형", "회의", "의결", "기한 경과 후속조치"),
                    g.byCouncilKind(),
                    List.of(
                            x -> ko(x.councilKind()),
                            YearlyReport.CouncilKindLine::meetingsHeld,
                            YearlyReport.CouncilKindLine::decisions,
                            YearlyReport.CouncilKindLine::overdueActionItems));
        }
    }

    private static String percent(BigDecimal share) {
        return share == null ? "-" : share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
    }

    private static String ko(String code) {
        return KO.getOrDefault(code, code);
    }

    /** A figure as people read it: whole numbers with thousands separators, "-" when missing. */
    private static String text(Object v) {
        if (v == null) {
            return "-";
        }
        if (v instanceof Long || v instanceof Integer) {
            return String.format("%,d", ((Number) v).longValue());
        }
        return v.toString();
    }

    private static String esc(String s) {
        return KoreanPdf.escape(s);
    }
}
