package nl.waakvlam.goal;

import nl.waakvlam.client.FileView;
import nl.waakvlam.client.HandoverPart;
import org.springframework.stereotype.Component;

/** The goals in a handover summary: the open ones, with who works on them and by when; read-only. */
@Component
class GoalHandover implements HandoverPart {

    private final GoalService goals;

    GoalHandover(GoalService goals) {
        this.goals = goals;
    }

    @Override
    public String fragment() {
        return "goal/section :: goals";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Object data(FileView file) {
        if (!(goals.data(file) instanceof GoalService.GoalsSection section)) {
            return null;
        }
        return new GoalService.GoalsSection(section.clientId(), false,
                section.goals().stream().filter(g -> g.status() == GoalStatus.OPEN).toList(), section.domains());
    }
}
