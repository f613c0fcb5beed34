package nl.waakvlam.client;

import org.springframework.data.domain.Page;

import java.util.List;

/** The coach's today view: what needs attention (most urgent first) and one page of clients. */
public record CaseloadToday(List<TodayRow> today, Page<CaseloadRow> rows) {
}
