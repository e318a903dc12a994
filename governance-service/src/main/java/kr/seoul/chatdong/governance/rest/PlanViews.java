package kr.seoul.chatdong.governance.rest;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.governance.domain.PlanContent;
import kr.seoul.chatdong.governance.domain.PlanContent.MilestoneStatus;
import kr.seoul.chatdong.governance.query.Plan;

/** Request and response bodies of the annual plan. Amounts are in thousand KRW (천원). */
public final class PlanViews {

    private PlanViews() {}

    private static final long MAX_AMOUNT = 1_000_000_000_000L;

    @Schema(name = "BudgetLineInput")
    public record BudgetLineInput(
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "2016 읍면동 사례관리 실무과정 (수탁예산)")
            String name,

            @NotNull @Min(0) @Max(MAX_AMOUNT) @Schema(required = true, description = "thousand KRW", examples = "18300")
            Long amount,

            @Min(0)
            @Max(MAX_AMOUNT)
            @Schema(description = "spent so far, thousand KRW (0 when absent)", examples = "9150")
            Long spent) {}

    @Schema(name = "MilestoneInput")
    public record MilestoneInput(
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "컨설팅 실시")
            String title,

            @NotNull
            @Schema(required = true, type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", examples = "2016-04")
            YearMonth from,

            @NotNull
            @Schema(required = true, type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", examples = "2016-05")
            YearMonth to,

            @Schema(description = "PLANNED when absent", examples = "IN_PROGRESS")
            MilestoneStatus status) {}

    @Schema(name = "SubProjectInput")
    public record SubProjectInput(
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "민관기관 거버넌스 구축")
            String name,

            @NotNull @Size(min = 1, max = 50) @Schema(required = true)
            List<@NotNull @Valid BudgetLineInput> budgetLines,

            @NotNull @Size(max = 100) @Schema(required = true)
            List<@NotNull @Valid MilestoneInput> milestones) {}

    @Schema(name = "PlanInput", description = "A year's plan, whole: its total must equal the sum of its budget lines")
    public record PlanInput(
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "2016년 「찾아가는 동주민센터」 사업추진계획")
            String title,

            @NotNull
            @Min(0)
            @Max(MAX_AMOUNT)
            @Schema(required = true, description = "thousand KRW", examples = "322250")
            Long totalBudget,

            @NotNull @Size(min = 1, max = 50) @Schema(required = true)
            List<@NotNull @Valid SubProjectInput> subProjects) {

        public PlanContent toContent() {
            return new PlanContent(
                    title.strip(),
                    totalBudget,
                    subProjects.stream()
                            .map(p -> new PlanContent.SubProject(
                                    p.name().strip(),
                                    p.budgetLines().stream()
                                            .map(l -> new PlanContent.BudgetLine(
                                                    l.name().strip(), l.amount(), l.spent() == null ? 0 : l.spent()))
                                            .toList(),
                                    p.milestones().stream()
                                            .map(m -> new PlanContent.Milestone(
                                                    m.title().strip(),
                                                    m.from(),
                                                    m.to(),
                                                    m.status() == null ? MilestoneStatus.PLANNED : m.status()))
                                            .toList()))
                            .toList());
        }
    }

    @Schema(name = "BudgetLine")
    public record BudgetLineView(
            @Schema(examples = "2016 읍면동 사례관리 실무과정 (수탁예산)") String name,
            @Schema(examples = "18300") long amount,
            @Schema(examples = "9150") long spent) {}

    @Schema(name = "Milestone")
    public record MilestoneView(
            @Schema(examples = "컨설팅 실시") String title,

            @Schema(type = SchemaType.STRING, examples = "2016-04")
            YearMonth from,

            @Schema(type = SchemaType.STRING, examples = "2016-05")
            YearMonth to,

            @Schema(examples = "PLANNED") MilestoneStatus status) {}

    @Schema(name = "SubProject")
    public record SubProjectView(
            @Schema(
                    description = "its place in the plan's list, from 1; the 2016 plan is in the order of its "
                            + "sections (§V-1 … §V-7: 5 우수사례 발굴 및 보급, 6 콘텐츠개발 및 매뉴얼 보급), not of the §VI budget table",
                    examples = "4")
            int seq,

            @Schema(examples = "‘찾아가는 동 주민센터’ 역량강화 지원") String name,

            @Schema(description = "sum of its lines, thousand KRW", examples = "92250")
            long budget,

            @Schema(examples = "0") long spent,
            List<BudgetLineView> budgetLines,
            List<MilestoneView> milestones) {}

    @Schema(
            name = "Plan",
            description =
                    "연간 사업계획: sub-projects in order with budget lines, milestones, execution and totals (thousand KRW)")
    public record PlanView(
            @Schema(examples = "2016") int year,
            @Schema(examples = "2016년 「찾아가는 동주민센터」 사업추진계획") String title,
            @Schema(examples = "322250") long totalBudget,

            @Schema(description = "sum of every budget line (equals totalBudget)", examples = "322250")
            long sumOfLines,

            @Schema(examples = "0") long totalSpent,

            @Schema(description = "totalSpent / totalBudget in percent, one decimal", examples = "0.0")
            double executionRate,

            List<SubProjectView> subProjects,
            Instant updatedAt,
            long version) {

        public static PlanView of(Plan plan) {
            PlanContent c = plan.content();
            List<SubProjectView> projects = new ArrayList<>();
            for (int i = 0; i < c.subProjects().size(); i++) {
                PlanContent.SubProject p = c.subProjects().get(i);
                projects.add(new SubProjectView(
                        i + 1,
                        p.name(),
                        p.budget(),
                        p.spent(),
                        p.budgetLines().stream()
                                .map(l -> new BudgetLineView(l.name(), l.amount(), l.spent()))
                                .toList(),
                        p.milestones().stream()
                                .map(m -> new MilestoneView(m.title(), m.from(), m.to(), m.statusOrPlanned()))
                                .toList()));
            }
            double rate = c.totalBudget() == 0 ? 0 : Math.round(c.spent() * 1000.0 / c.totalBudget()) / 10.0;
            return new PlanView(
                    plan.stored().year(),
                    c.title(),
                    c.totalBudget(),
                    c.sumOfLines(),
                    c.spent(),
                    rate,
                    projects,
                    plan.stored().updatedAt(),
                    plan.stored().version());
        }
    }

    @Schema(name = "DueMilestone")
    public record DueMilestoneView(
            @Schema(examples = "1") int subProjectSeq,
            @Schema(examples = "‘찾아가는 동 주민센터’ 자치구 소통·협력") String subProject,
            @Schema(examples = "컨설팅 실시") String title,

            @Schema(type = SchemaType.STRING, examples = "2016-04")
            YearMonth from,

            @Schema(type = SchemaType.STRING, examples = "2016-05")
            YearMonth to,

            @Schema(examples = "PLANNED") MilestoneStatus status,

            @Schema(description = "its last month is before the month asked: late", examples = "false")
            boolean late) {}

    @Schema(
            name = "DueMilestones",
            description = "Milestones not DONE that run in the month (due) or ended before it (late)")
    public record DueView(
            @Schema(type = SchemaType.STRING, examples = "2016-05")
            YearMonth month,

            @Schema(examples = "12") int due,
            @Schema(examples = "3") int late,
            List<DueMilestoneView> items) {

        public static DueView of(PlanContent c, YearMonth month) {
            List<DueMilestoneView> items = new ArrayList<>();
            for (int i = 0; i < c.subProjects().size(); i++) {
                PlanContent.SubProject p = c.subProjects().get(i);
                for (PlanContent.Milestone m : p.milestones()) {
                    if (m.dueIn(month)) {
                        items.add(new DueMilestoneView(
                                i + 1, p.name(), m.title(), m.from(), m.to(), m.statusOrPlanned(), m.lateIn(month)));
                    }
                }
            }
            int late = (int) items.stream().filter(DueMilestoneView::late).count();
            return new DueView(month, items.size() - late, late, items);
        }
    }
}
