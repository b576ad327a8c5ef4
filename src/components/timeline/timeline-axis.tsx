import { AxisScroll } from './axis-scroll';
import type { TimelineAxis as Axis } from './timeline-view';

const LANE = 20;
const TOP = 14;
const AXIS_BAND = 34;

/**
 * The events on a time axis proportional to time: a dot per day, a bar across the month for
 * a month-precision event, numbered as in the list. An image with a title and description;
 * the ordered list below is the accessible content.
 */
export function TimelineAxis({ axis, description }: { axis: Axis; description: string }) {
  const height = TOP + axis.lanes * LANE + AXIS_BAND;
  const baseline = TOP + axis.lanes * LANE + 6;
  const pad = 16;
  return (
    <>
      <p className="no-print mb-1 text-xs text-stone-600 sm:hidden">Scroll the axis sideways to see all the months.</p>
      <AxisScroll focus={(axis.focusX + pad) / (axis.width + pad * 2)}>
        <div className="min-w-[44rem]">
          {axis.clusters.length > 0 && (
            <ul
              aria-label="Groups of events"
              className="relative mx-1 mt-2"
              style={{ height: `${(Math.max(...axis.clusters.map((cluster) => cluster.lane)) + 1) * 1.375}rem` }}
            >
              {axis.clusters.map((cluster) => {
                const at = ((cluster.x + pad) / (axis.width + pad * 2)) * 100;
                return (
                  <li
                    key={`${cluster.x}-${cluster.label}`}
                    className={`absolute whitespace-nowrap border-sky-700 text-xs font-medium text-stone-800 ${cluster.align === 'start' ? 'border-l-2 pl-1' : 'border-r-2 pr-1'}`}
                    style={{
                      top: `${cluster.lane * 1.375}rem`,
                      ...(cluster.align === 'start' ? { left: `${at}%` } : { right: `${100 - at}%` }),
                    }}
                  >
                    {cluster.label}
                  </li>
                );
              })}
            </ul>
          )}
          <svg
            role="img"
            aria-labelledby="timeline-axis-title timeline-axis-desc"
            viewBox={`${-pad} 0 ${axis.width + pad * 2} ${height}`}
            className="block h-auto w-full"
          >
            <title id="timeline-axis-title">Time axis of the events</title>
            <desc id="timeline-axis-desc">{description}</desc>
            {axis.ticks.map((tick, index) => (
              <g key={tick.x}>
                <line
                  x1={tick.x}
                  x2={tick.x}
                  y1={TOP - 6}
                  y2={baseline + 5}
                  className={tick.year ? 'stroke-stone-400' : 'stroke-stone-200'}
                  strokeWidth={1}
                />
                {index < axis.ticks.length - 1 ? (
                  <text x={tick.x + 3} y={baseline + 20} className="fill-stone-600 text-[11px]">
                    {tick.label}
                  </text>
                ) : null}
              </g>
            ))}
            <line x1={0} x2={axis.width} y1={baseline} y2={baseline} className="stroke-stone-500" strokeWidth={1.5} />
            {axis.items.map((item) => {
              const y = TOP + item.lane * LANE + LANE / 2 - 4;
              return (
                <g key={item.eventId}>
                  <title>{item.title}</title>
                  {item.precision === 'month' ? (
                    <>
                      <rect
                        x={item.x + 1}
                        y={y - 7}
                        width={Math.max(item.width - 2, 2)}
                        height={14}
                        rx={3}
                        className="fill-violet-100 stroke-violet-500"
                        strokeWidth={1}
                      />
                      <text x={item.x + 5} y={y + 3.5} className="fill-violet-950 text-[9.5px] font-semibold">
                        {item.number}
                      </text>
                    </>
                  ) : (
                    <>
                      <line x1={item.x} x2={item.x} y1={y + 7} y2={baseline} className="stroke-sky-200" strokeWidth={1} />
                      <circle cx={item.x} cy={y} r={8} className="fill-sky-700" />
                      <text x={item.x} y={y + 3.3} textAnchor="middle" className="fill-white text-[9px] font-semibold">
                        {item.number}
                      </text>
                    </>
                  )}
                </g>
              );
            })}
          </svg>
        </div>
      </AxisScroll>
    </>
  );
}
