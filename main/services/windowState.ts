// Loads, clamps and saves the main window's size, position and maximized flag.
// Threat it stops: a window restored off-screen (a monitor unplugged since the last
// run) that the responder cannot reach. Pure: the file system is injected.
import { z } from '../../shared/zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect | { width: number; height: number };
  isMaximized: boolean;
}

export interface WindowStateFs {
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

export const MIN_SIZE = { width: 640, height: 480 } as const;
export const DEFAULT_WINDOW_STATE: WindowState = { bounds: { width: 1280, height: 800 }, isMaximized: false };

const int = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(1).max(100_000);
const StoredSchema = z.object({
  bounds: z.object({ x: int.optional(), y: int.optional(), width: size, height: size }),
  isMaximized: z.boolean(),
});

export function hasPosition(bounds: WindowState['bounds']): bounds is Rect {
  return 'x' in bounds && 'y' in bounds;
}

/** Reads the state file; a missing, unreadable or malformed file gives the default. */
export async function loadWindowState(fs: Pick<WindowStateFs, 'readFile'>, file: string): Promise<WindowState> {
  try {
    const parsed = StoredSchema.safeParse(JSON.parse(await fs.readFile(file)));
    if (!parsed.success) return DEFAULT_WINDOW_STATE;
    const { x, y, width, height } = parsed.data.bounds;
    const bounds = x !== undefined && y !== undefined ? { x, y, width, height } : { width, height };
    return { bounds, isMaximized: parsed.data.isMaximized };
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
export async function saveWindowState(fs: WindowStateFs, file: string, state: WindowState): Promise<void> {
  const temporary = `${file}.tmp`;
  await fs.writeFile(temporary, JSON.stringify(state));
  await fs.rename(temporary, file);
}

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const clampNumber = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max);

/**
 * Fits the saved bounds onto the display they overlap most (the first work area,
 * i.e. the primary display, when they overlap none): the size shrinks to the work
 * area and the window is moved until it lies fully inside. No position → centred.
 */
export function clampToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const saved = state.bounds;
  const best = hasPosition(saved)
    ? workAreas.reduce((a, b) => (overlap(saved, b) > overlap(saved, a) ? b : a), primary)
    : primary;
  const visible = hasPosition(saved) && overlap(saved, best) > 0;
  const area = visible ? best : primary;
  const width = clampNumber(saved.width, Math.min(MIN_SIZE.width, area.width), area.width);
  const height = clampNumber(saved.height, Math.min(MIN_SIZE.height, area.height), area.height);
  const x = visible && hasPosition(saved) ? saved.x : area.x + Math.round((area.width - width) / 2);
  const y = visible && hasPosition(saved) ? saved.y : area.y + Math.round((area.height - height) / 2);
  return {
    bounds: {
      x: clampNumber(x, area.x, area.x + area.width - width),
      y: clampNumber(y, area.y, area.y + area.height - height),
      width,
      height,
    },
    isMaximized: state.isMaximized,
  };
}

/** Debounces saves while the window moves; `flush` writes the pending state now (on close). */
export function createStateSaver(save: (state: WindowState) => Promise<void>, delayMs = 500) {
  let pending: WindowState | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = async (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const state = pending;
    pending = null;
    if (state) await save(state);
  };
  return {
    schedule(state: WindowState): void {
      pending = state;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush().catch(() => {}), delayMs);
    },
    flush,
  };
}
