// Colours the charts share. The level ramp is the heatmap's (app/globals.css, where the choice is
// explained): USWDS blue-cool 5v, 20v, 40v, 60v and 80v, light to dark as the levels rise, each with
// the text colour that keeps 4.5:1 on it (ink on the three light tints, white on the two dark ones).

/** Body text (USWDS ink, 17.2:1 on white): axis ticks, legend and tooltip labels. */
export const INK = "#1b1b1b";

export const LEVEL_COLOURS = [
  { token: "blue-cool-5v", fill: "#e1f3f8", text: INK },
  { token: "blue-cool-20v", fill: "#97d4ea", text: INK },
  { token: "blue-cool-40v", fill: "#28a0cb", text: INK },
  { token: "blue-cool-60v", fill: "#07648d", text: "#ffffff" },
  { token: "blue-cool-80v", fill: "#002d3f", text: "#ffffff" },
] as const;

/** Axis tick labels in body text, not recharts' grey. */
export const AXIS_TICK = { fill: INK };
