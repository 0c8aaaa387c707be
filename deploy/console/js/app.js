// The console's router: #/sign-in, #/district[/<organisation>[/<period>[/<page>]]], #/school,
// #/branch/<id>, #/branch/<id>/record. Only organisation ids and periods appear in the address.
import { session } from './api.js';
import { renderSignIn, homeOf, describe } from './signin.js';
import { renderDistrict, renderDistrictChooser } from './district.js';
import { renderBranch, renderSchool } from './branch.js';
import { renderRecordForm } from './record.js';

const view = document.getElementById('view');

function route() {
  const claims = session.claims();
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  document.getElementById('who').textContent = claims ? describe(claims) : '';
  document.getElementById('sign-out').hidden = !claims;
  if (!claims || parts[0] === 'sign-in') {
    return renderSignIn(view, () => { location.hash = homeOf(session.claims()); });
  }
  switch (parts[0]) {
    case 'district':
      return parts[1] ? renderDistrict(view, parts[1], parts[2], Number(parts[3] ?? 0)) : renderDistrictChooser(view);
    case 'school':
      return renderSchool(view, claims);
    case 'branch':
      return parts[2] === 'record' ? renderRecordForm(view, parts[1]) : renderBranch(view, parts[1]);
    default:
      location.hash = homeOf(claims);
  }
}

document.getElementById('sign-out').addEventListener('click', () => {
  session.signOut();
  location.hash = '#/sign-in';
});
window.addEventListener('hashchange', route);
route();
