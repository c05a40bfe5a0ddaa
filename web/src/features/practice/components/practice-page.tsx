export function PracticePage() {
  return (
    <div className="page page--narrow">
      <h1 tabIndex={-1}>Practice</h1>
      <p className="lede">Coming later: rehearse the conversation itself.</p>
      <div className="placeholder">
        <h2>What this page will do</h2>
        <ul>
          <li>Play the person you are meeting, so you can practise opening, asking and listening.</li>
          <li>Keep an eye on the clock you promised, and on the moment to wrap up and say thanks.</li>
          <li>Give feedback on how the conversation went, including a follow-up note.</li>
        </ul>
        <p>It is not built yet — nothing on this page works today.</p>
      </div>
    </div>
  );
}
