import { expect } from '@open-wc/testing';
import {
  axisAngle,
  labelPlace,
  pointAt,
  polygon,
  ring,
  spokes,
  vertices,
  wrapLabel,
} from '../../src/self-check/radar.js';

const g = { cx: 100, cy: 100, r: 50, max: 5 };

describe('self-check radar geometry', () => {
  it('starts at the top and goes clockwise', () => {
    expect(axisAngle(0, 4)).to.equal(-Math.PI / 2);
    expect(pointAt(0, 4, 5, g)).to.deep.equal({ x: 100, y: 50 });
    expect(pointAt(1, 4, 5, g)).to.deep.equal({ x: 150, y: 100 });
    expect(pointAt(2, 4, 5, g)).to.deep.equal({ x: 100, y: 150 });
    expect(pointAt(3, 4, 5, g)).to.deep.equal({ x: 50, y: 100 });
  });

  it('puts 0 at the centre, scales linearly and clamps to the rim', () => {
    expect(pointAt(1, 4, 0, g)).to.deep.equal({ x: 100, y: 100 });
    expect(pointAt(1, 4, 2.5, g)).to.deep.equal({ x: 125, y: 100 });
    expect(pointAt(1, 4, 9, g)).to.deep.equal({ x: 150, y: 100 });
    expect(pointAt(1, 4, -3, g)).to.deep.equal({ x: 100, y: 100 });
  });

  it('rounds coordinates to one decimal', () => {
    const p = pointAt(1, 11, 3.7, g);
    expect(String(p.x)).to.match(/^\d+(\.\d)?$/);
    expect(String(p.y)).to.match(/^\d+(\.\d)?$/);
  });

  it('gives the polygon of the answered axes and leaves the others out', () => {
    expect(polygon([5, 5, 5, 5], g)).to.equal('100,50 150,100 100,150 50,100');
    expect(polygon([5, null, 5, null], g)).to.equal('100,50 100,150');
    expect(vertices([null, 5, null], g).map((v) => v.i)).to.deep.equal([1]);
    expect(polygon([null, null], g)).to.equal('');
  });

  it('draws rings and spokes for n axes', () => {
    expect(ring(5, 4, g)).to.equal('100,50 150,100 100,150 50,100');
    expect(ring(1, 11, g).split(' ')).to.have.length(11);
    expect(spokes(11, g)).to.have.length(11);
  });

  it('anchors labels away from the centre', () => {
    expect(labelPlace(0, 4, g, 10)).to.deep.equal({ x: 100, y: 40, anchor: 'middle', up: true });
    expect(labelPlace(1, 4, g, 10)).to.deep.include({ x: 160, anchor: 'start', up: false });
    expect(labelPlace(2, 4, g, 10)).to.deep.include({ y: 160, anchor: 'middle', up: false });
    expect(labelPlace(3, 4, g, 10)).to.deep.include({ x: 40, anchor: 'end' });
  });

  it('wraps labels at spaces', () => {
    expect(wrapLabel('10. Samen meten & leren', 18)).to.deep.equal(['10. Samen meten &', 'leren']);
    expect(wrapLabel('Wederkerigheid', 8)).to.deep.equal(['Wederkerigheid']);
    expect(wrapLabel('  a  b ', 18)).to.deep.equal(['a b']);
    expect(wrapLabel('', 10)).to.deep.equal([]);
  });
});
