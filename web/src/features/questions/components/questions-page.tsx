export function QuestionsPage() {
  return (
    <div className="page page--narrow">
      <h1 tabIndex={-1}>Questions</h1>
      <p className="lede">Coming next: a coach for the questions you bring to the conversation.</p>
      <div className="placeholder">
        <h2>What this page will do</h2>
        <ul>
          <li>Check a list of questions against the same rulebook the outreach coach uses.</li>
          <li>Flag questions that turn the conversation into a job interview, or that a quick search would answer.</li>
          <li>Help you order them so the most useful ones fit in 20 minutes.</li>
        </ul>
        <p>It is not built yet — nothing on this page works today.</p>
      </div>
    </div>
  );
}
