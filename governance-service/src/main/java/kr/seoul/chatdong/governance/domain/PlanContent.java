package kr.seoul.chatdong.governance.domain;

import java.time.YearMonth;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * What a year's plan says: sub-projects in order, each with budget lines (thousand KRW, with what
 * was spent) and milestones (month ranges, with their status). The year's total must equal the sum
 * of its lines.
 */
public record PlanContent(String title, long totalBudget, List<SubProject> subProjects) {

    public record SubProject(String name, List<BudgetLine> budgetLines, List<Milestone> milestones) {

        public long budget() {
            return budgetLines.stream().mapToLong(BudgetLine::amount).sum();
        }

        public long spent() {
            return budgetLines.stream().mapToLong(BudgetLine::spent).sum();
        }
    }

    public record BudgetLine(String name, long amount, long spent) {}

    public record Milestone(String title, YearMonth from, YearMonth to, MilestoneStatus status) {

        public MilestoneStatus statusOrPlanned() {
            return status == null ? MilestoneStatus.PLANNED : status;
        }

        /** Not done and running in {@code month}, or not done and ended before it (late). */
        public boolean dueIn(YearMonth month) {
            return statusOrPlanned() != MilestoneStatus.DONE && !from.isAfter(month);
        }

        public boolean lateIn(YearMonth month) {
            return statusOrPlanned() != MilestoneStatus.DONE && to.isBefore(month);
        }
    }

    @Schema(name = "MilestoneStatus")
    public enum MilestoneStatus {
        PLANNED,
        IN_PROGRESS,
        DONE
    }

    public long sumOfLines() {
        return subProjects.stream().mapToLong(SubProject::budget).sum();
    }

    public long spent() {
        return subProjects.stream().mapToLong(SubProject::spent).sum();
    }

    /** The plan's rules: months inside the year and in order, amounts not negative, the total adds up (422 otherwise). */
    public PlanContent checked(int year) {
        for (int s = 0; s < subProjects.size(); s++) {
            SubProject p = subProjects.get(s);
            for (int l = 0; l < p.budgetLines().size(); l++) {
                BudgetLine line = p.budgetLines().get(l);
                if (line.amount() < 0 || line.spent() < 0) {
                    throw new DomainException.InvalidValue(
                            "subProjects[" + s + "].budgetLines[" + l + "]", "amounts are not negative");
                }
            }
            for (int m = 0; m < p.milestones().size(); m++) {
                Milestone milestone = p.milestones().get(m);
                String field = "subProjects[" + s + "].milestones[" + m + "]";
                if (milestone.from().getYear() != year || milestone.to().getYear() != year) {
                    throw new DomainException.InvalidValue(field, "months of the plan's year " + year);
                }
                if (milestone.to().isBefore(milestone.from())) {
                    throw new DomainException.InvalidValue(
                            field + ".to", "ends (" + milestone.to() + ") before it starts (" + milestone.from() + ")");
                }
            }
        }
        if (sumOfLines() != totalBudget) {
            throw new DomainException.RuleViolation("The plan's total is " + totalBudget
                            + " thousand KRW but its budget lines add up to " + sumOfLines())
                    .with("rule", "budget-does-not-add-up")
                    .with("totalBudget", totalBudget)
                    .with("sumOfLines", sumOfLines());
        }
        return this;
    }
}
