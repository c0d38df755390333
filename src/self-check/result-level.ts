/**
 * The first part of the result: the level on the collaboration spectrum (or why there is none yet), the
 * level the partners aimed for, SOFAR's read-out of the relationship, and where collective impact belongs.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../core/i18n.js';
import { aimFor, sofarFor, type Answers, type Result } from './scoring.js';
import { dimensionLabel, levels, list, num, spectrum, type ResultSettings } from './result-context.js';

export function levelView(s: ResultSettings, result: Result, answers: Answers): TemplateResult {
  const m = s.messages;
  const all = levels(s);
  const current = all.find((l) => l.id === result.level);
  const wanted = all.find((l) => l.id === answers.intended);
  const aim = aimFor(result, answers.intended, all);
  const labels = (ids: string[]) =>
    list(
      s,
      ids.map((id) => dimensionLabel(s, id)),
    );
  const b = result.blocked;
  const blockedLevel = b && all.find((l) => l.id === b.level);
  const sofar = result.level ? sofarFor(result) : null;
  const builtinLevels = !s.instrument.levels?.length;
  return html`<section class="level" aria-labelledby="sc-level">
    ${
      current
        ? html`<p>${m.levelIntro}</p>
          <p class="level-name" id="sc-level">${current.label}</p>
          ${current.description ? html`<p>${current.description}</p>` : nothing}`
        : html`<p class="level-name" id="sc-level">${m.noLevel}</p>
          <p class="notice">
            ${fill(m.tooFew, { count: result.answeredDimensions, total: result.dimensions.length, needed: result.neededDimensions })}
          </p>`
    }
    ${
      wanted
        ? html`<p class="aim">
          ${aim === 'reached' ? fill(m.aimReached, { want: wanted.label }) : aim === 'below' ? fill(m.aimBelow, { want: wanted.label, have: current!.label }) : aim === 'beyond' ? fill(m.aimBeyond, { want: wanted.label, have: current!.label }) : fill(m.aimOnly, { want: wanted.label })}
        </p>`
        : nothing
    }
    ${result.overall !== null ? html`<p class="overall">${fill(m.overall, { score: num(s, result.overall) })}</p>` : nothing}
    ${
      current && result.answeredDimensions < result.dimensions.length
        ? html`<p class="notice">${fill(m.partial, { count: result.answeredDimensions, total: result.dimensions.length })}</p>`
        : nothing
    }
    <h3 class="spectrum-title">${builtinLevels ? m.spectrum : m.spectrumOwn}</h3>
    ${builtinLevels ? html`<p class="muted small">${m.spectrumAxis}</p>` : nothing}
    <ol class="spectrum">
      ${spectrum(s).map((l) => {
        const here = l.id === result.level;
        return html`<li class="${here ? 'current' : ''} ${l.pair ? '' : 'outside'}" aria-current=${here ? 'step' : nothing}>
          <span class="level-label">${l.label}</span>
          ${here ? html`<span class="here">${m.youAreHere}</span>` : nothing}
          ${!here && l.id === answers.intended ? html`<span class="here aim-mark">${m.youAim}</span>` : nothing}
          ${l.pair ? nothing : html`<span class="muted small">${m.notForPair}</span>`}
        </li>`;
      })}
    </ol>
    <p class="note">${m.higherNotBetter}</p>
    ${
      blockedLevel && current
        ? html`<p class="note">
          ${fill(m.blockedReached, { level: blockedLevel.label })}
          ${b!.dimensions.length ? fill(m.blockedShort, { dimensions: labels(b!.dimensions) }) : nothing}
          ${b!.unanswered.length ? fill(m.blockedUnanswered, { dimensions: labels(b!.unanswered) }) : nothing}
          ${fill(m.blockedStays, { current: current.label })}
        </p>`
        : nothing
    }
    ${
      sofar
        ? html`<div class="sofar">
          <h3>${m.sofarTitle}</h3>
          <p><strong>${m.sofar[sofar].label}.</strong> ${m.sofar[sofar].text}</p>
          <p class="muted small">${m.sofarSource}</p>
        </div>`
        : nothing
    }
    ${builtinLevels ? html`<p class="network">${m.networkCheck}</p>` : nothing}
  </section>`;
}
