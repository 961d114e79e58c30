// Charts leave the app as standalone SVG or PNG files. The live <svg> borrows
// colours and fonts from the page's CSS (custom properties, dark mode), which a
// file opened elsewhere would not have, so the styles that matter are copied
// onto a clone before it is serialised.
import { downloadBlob } from './download';

const STYLED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'];

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style: string[] = [];
  for (const prop of STYLED) {
    const value = computed.getPropertyValue(prop);
    if (value) style.push(`${prop}:${value}`);
  }
  if (style.length) target.setAttribute('style', `${style.join(';')};${target.getAttribute('style') ?? ''}`);
  const from = source.children;
  const to = target.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i]!, to[i]!);
}

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || box.width || 800;
  const height = Number(svg.getAttribute('height')) || box.height || 600;
  return { width, height };
}

// Exported on the page's own background, so dark-mode charts keep readable text.
function pageBackground(): string {
  const bg = getComputedStyle(document.body).backgroundColor;
  return !bg || bg === 'transparent' || bg === 'rgba(0, 0, 0, 0)' ? '#ffffff' : bg;
}

export interface LegendEntry {
  label: string;
  colour: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Recharts draws legends as HTML beside the <svg>; a file needs them inside it. */
function appendLegend(clone: SVGSVGElement, entries: LegendEntry[], y: number, colour: string): void {
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('font-size', '13');
  g.setAttribute('font-family', getComputedStyle(document.body).fontFamily);
  let x = 16;
  for (const e of entries) {
    const dot = document.createElementNS(SVG_NS, 'circle');
    Object.entries({ cx: x + 6, cy: y, r: 6, fill: e.colour }).forEach(([k, v]) => dot.setAttribute(k, String(v)));
    const text = document.createElementNS(SVG_NS, 'text');
    Object.entries({ x: x + 16, y: y + 4.5, fill: colour }).forEach(([k, v]) => text.setAttribute(k, String(v)));
    text.textContent = e.label;
    g.append(dot, text);
    x += 36 + e.label.length * 7.5;
  }
  clone.append(g);
}

/** A standalone SVG document of `svg` as it looks on screen, fonts and colours inlined. */
export function serializeSvg(svg: SVGSVGElement, title?: string, legend: LegendEntry[] = []): string {
  const size = sizeOf(svg);
  const width = size.width;
  const height = size.height + (legend.length ? 32 : 0);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.removeAttribute('class');
  // Interactive attributes and page layout mean nothing in a file.
  for (const el of [clone, ...clone.querySelectorAll('[tabindex]')]) el.removeAttribute('tabindex');
  clone.removeAttribute('role');
  clone.style.removeProperty('width');
  clone.style.removeProperty('height');
  clone.style.removeProperty('display');
  if (legend.length) appendLegend(clone, legend, size.height + 14, getComputedStyle(svg).color || '#1f2328');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', pageBackground());
  clone.insertBefore(background, clone.firstChild);
  if (title) {
    const t = document.createElementNS(SVG_NS, 'title');
    t.textContent = title;
    clone.insertBefore(t, clone.firstChild);
  }
  return new XMLSerializer().serializeToString(clone);
}

export function exportSvg(svg: SVGSVGElement, fileName: string, title?: string, legend?: LegendEntry[]): void {
  downloadBlob(new Blob([serializeSvg(svg, title, legend)], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

/**
 * PNG at twice the on-screen size. The image loads from a data: URL rather than a
 * Blob URL because the app's Content-Security-Policy allows only data: images.
 */
export async function exportPng(svg: SVGSVGElement, fileName: string, title?: string, legend: LegendEntry[] = []): Promise<void> {
  const width = sizeOf(svg).width;
  const height = sizeOf(svg).height + (legend.length ? 32 : 0);
  const scale = 2;
  const image = new Image();
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serializeSvg(svg, title, legend))}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw images');
  ctx.fillStyle = pageBackground();
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the chart could not be saved as PNG');
  downloadBlob(blob, fileName);
}
