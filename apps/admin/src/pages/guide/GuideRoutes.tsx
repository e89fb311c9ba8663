import { Route, Routes } from 'react-router';
import { GuideMatterPage } from './GuideMatterPage';
import { GuideSearchPage } from './GuideSearchPage';
import { GuideUnitPage } from './GuideUnitPage';
import { GuideProgressPage } from './GuideProgressPage';

/** The public guide's routes; they live outside the signed-in layout and need no login. */
export function GuideRoutes() {
  return (
    <Routes>
      <Route path="/guide/:countyCode" element={<GuideSearchPage />} />
      <Route path="/guide/:countyCode/unit/:unitCode" element={<GuideUnitPage />} />
      <Route path="/guide/:countyCode/progress" element={<GuideProgressPage />} />
      <Route path="/guide/:countyCode/:implementationCode" element={<GuideMatterPage />} />
    </Routes>
  );
}
