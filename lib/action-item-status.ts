export const actionItemStatusLabels = { PLANNED: "Planned", IN_PROGRESS: "In progress", DONE: "Done" } as const;
